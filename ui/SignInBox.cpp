// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "SignInBox.h"
#include "i18n/Text.h"

#include "auth/Credentials.h"
#include "keychain/KeychainStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace mailscope {

namespace {
QLabel *wrapped(const QString &text = {})
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return l;
}
} // namespace

SignInBox::SignInBox(QWidget *parent)
    : QGroupBox(tr("Sign in with your provider"), parent), m_why(wrapped()),
      m_providers(new QComboBox), m_clientId(new QLineEdit), m_tenant(new QLineEdit),
      m_tenantLabel(new QLabel(tr("&Tenant:"))),
      m_remember(new QCheckBox(tr("&Keep this sign-in in the system keychain"))),
      m_signIn(new QPushButton(tr("&Sign in…"))), m_state(wrapped()), m_deadline(new QTimer(this))
{
    setAccessibleName(tr("Sign in with your provider"));
    m_providers->addItem(tr("No: use the password"), QString());
    m_providers->addItem(tr("Microsoft 365"), QStringLiteral("microsoft"));
    m_providers->addItem(tr("Google"), QStringLiteral("google"));
    m_providers->addItem(tr("Another provider (profile file)…"), QStringLiteral("file"));
    m_providers->setAccessibleName(tr("Sign-in provider"));
    m_clientId->setPlaceholderText(tr("the client id your IT department registered"));
    m_clientId->setAccessibleName(tr("OAuth2 client id"));
    m_tenant->setPlaceholderText(tr("organizations, or your directory id or domain"));
    m_tenant->setAccessibleName(tr("Microsoft tenant"));
    m_tenantLabel->setBuddy(m_tenant);
    m_signIn->setAccessibleName(tr("Sign in in the browser"));
    m_state->setAccessibleName(tr("Sign-in state"));
    auto *form = new QFormLayout;
    auto *pl = new QLabel(tr("Sign in &with:"));
    pl->setBuddy(m_providers);
    form->addRow(pl, m_providers);
    auto *cl = new QLabel(tr("&Client id:"));
    cl->setBuddy(m_clientId);
    form->addRow(cl, m_clientId);
    form->addRow(m_tenantLabel, m_tenant);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_why);
    box->addLayout(form);
    box->addWidget(m_remember);
    box->addWidget(m_signIn, 0, Qt::AlignLeft);
    box->addWidget(m_state);
    connect(m_providers, &QComboBox::currentIndexChanged, this, [this] {
        if (m_providers->currentData().toString() == QLatin1String("file")) {
            const QString f = QFileDialog::getOpenFileName(this, tr("Sign-in profile"), QString(),
                                                           tr("Profile (*.json)"));
            if (f.isEmpty()) {
                m_providers->setCurrentIndex(0);
                return;
            }
            m_providers->setItemData(m_providers->currentIndex(), f);
        }
        providerChanged();
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_flow)
            cancelSignIn();
        else
            signIn();
    });
    // The browser sign-in does not wait for ever: nobody may be at the browser.
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_flow) m_flow->cancel(tr("no sign-in within %1 minutes").arg(kFlowMinutes));
    });
    providerChanged();
}

SignInBox::~SignInBox() = default;

std::shared_ptr<CredentialStore> SignInBox::store()
{
    if (!m_store) m_store = defaultCredentialStore();
    return m_store;
}

void SignInBox::setAccount(const QString &email, const QString &user, const QStringList &hosts)
{
    m_user = user.isEmpty() ? email : user;
    m_host = hosts.value(0).trimmed().toLower();
    // A token (or a sign-in under way) belongs to the user and server it was made for: it is
    // never used for another account typed afterwards.
    if (m_flow && (m_user != m_flowUser || m_host != m_flowHost))
        m_flow->cancel(tr("the account changed"));
    if (m_token && (m_user != m_tokenUser || m_host != m_tokenHost)) {
        signOut();
        m_state->setText(
            tr("The account changed: sign in again for %1.").arg(m_user.toHtmlEscaped()));
    }
    QString found;
    const QString domain = email.section(QLatin1Char('@'), 1);
    for (const QString &h : QStringList{domain} + hosts)
        if (found.isEmpty()) found = oauth::providerForHost(h);
    if (found == m_detected) return;
    m_detected = found;
    if (!found.isEmpty() && provider().isEmpty()) setProvider(found);
    providerChanged();
}

void SignInBox::setProvider(const QString &idOrFile)
{
    int i = m_providers->findData(idOrFile);
    if (i < 0 && !idOrFile.isEmpty()) {
        // A profile file: the "another provider" row carries its path.
        i = m_providers->findData(QStringLiteral("file"));
        if (i < 0) i = m_providers->count() - 1;
        m_providers->setItemData(i, idOrFile);
    }
    const QSignalBlocker block(m_providers);
    m_providers->setCurrentIndex(qMax(0, i));
    providerChanged();
}

QString SignInBox::provider() const
{
    return m_providers->currentData().toString();
}

void SignInBox::setClientId(const QString &id)
{
    m_clientId->setText(id);
}

void SignInBox::setRemember(bool on)
{
    m_remember->setChecked(on);
}

bool SignInBox::buildProvider(oauth::Provider *p, QString *error) const
{
    const QString which = provider();
    if (which.isEmpty()) return false;
    *error = oauth::resolveProvider(which, m_clientId->text(), m_tenant->text(), p);
    p->extraCa = m_extraCa;
    return error->isEmpty();
}

void SignInBox::providerChanged()
{
    const QString which = provider();
    const bool ms = which == QLatin1String("microsoft");
    m_tenant->setVisible(ms);
    m_tenantLabel->setVisible(ms);
    m_clientId->setEnabled(!which.isEmpty());
    m_signIn->setEnabled(!which.isEmpty());
    m_remember->setEnabled(!which.isEmpty());
    if (!which.isEmpty() && m_clientId->text().isEmpty()) {
        // The organisation's or the saved client id, for the user to see and change.
        oauth::Provider p;
        oauth::resolveProvider(which, QString(), QString(), &p);
        m_clientId->setText(p.clientId);
        if (ms && m_tenant->text().isEmpty() && p.tenant != QLatin1String("organizations"))
            m_tenant->setText(p.tenant);
    }
    if (m_detected == QLatin1String("microsoft"))
        m_why->setText(tr("<b>This account is at Microsoft 365.</b> Microsoft no longer accepts "
                          "passwords for IMAP and SMTP: sign in through Microsoft's page "
                          "instead, as Thunderbird and Outlook do (OAuth2)."));
    else if (m_detected == QLatin1String("google"))
        m_why->setText(tr("<b>This account is at Google.</b> Gmail accepts your normal password "
                          "only through Google's own page (OAuth2), or an app password made for "
                          "mail programs. Sign in here, or enter an app password below."));
    else
        m_why->setText(tr("Organisations that sign in through Microsoft 365, Google or their own "
                          "identity provider choose it here instead of a password."));
    m_state->setText(m_token ? localized(m_token->describe()) : QString());
}

void SignInBox::signIn()
{
    // A kept sign-in is refreshed in a nested event loop: a second click meanwhile waits.
    if (m_flow || m_busy) return;
    QString error;
    oauth::Provider p;
    if (!buildProvider(&p, &error)) {
        m_state->setText(tr("Cannot sign in: %1").arg(localized(error).toHtmlEscaped()));
        emit signedIn(false);
        return;
    }
    m_provider = p;
    // Saved for next time: not secrets.
    QSettings s;
    s.setValue(QStringLiteral("oauth2/%1/client_id").arg(p.id), p.clientId);
    if (p.id == QLatin1String("microsoft"))
        s.setValue(QStringLiteral("oauth2/microsoft/tenant"), p.tenant);
    const QString key = oauth::keptKey(p, m_user);
    const QString user = m_user, host = m_host;
    if (m_remember->isChecked()) {
        QString err;
        oauth::Tokens t;
        m_busy = true;
        m_signIn->setEnabled(false);
        m_state->setText(tr("Using the kept sign-in…"));
        const oauth::Kept kept = oauth::useKeptSignIn(p, user, *store(), &t, &err);
        m_busy = false;
        m_signIn->setEnabled(true);
        // The account may have been changed while the provider was asked.
        if (user != m_user || host != m_host) {
            m_state->setText(
                tr("The account changed: sign in again for %1.").arg(m_user.toHtmlEscaped()));
            emit signedIn(false);
            return;
        }
        if (kept == oauth::Kept::Used) {
            setSigned(std::make_shared<oauth::RefreshingToken>(p, t, user, store(), key),
                      err.isEmpty() ? tr("kept sign-in") : localized(err));
            return;
        }
        if (kept == oauth::Kept::Unavailable) {
            // The browser would need the same provider: the user tries again later instead.
            m_state->setText(tr("The kept sign-in could not be used: the provider could not be "
                                "reached or failed for now (%1). It is still kept; try again "
                                "later.")
                                 .arg(localized(err).toHtmlEscaped()));
            emit signedIn(false);
            return;
        }
    }
    m_flowUser = user;
    m_flowHost = host;
    m_flow = new oauth::AuthorizationFlow(p, m_user, this);
    const QUrl url = m_flow->start(&error);
    if (url.isEmpty()) {
        m_state->setText(tr("Cannot sign in: %1").arg(localized(error).toHtmlEscaped()));
        m_flow->deleteLater();
        m_flow = nullptr;
        emit signedIn(false);
        return;
    }
    connect(m_flow, &oauth::AuthorizationFlow::finished, this, &SignInBox::finishFlow);
    QString how;
    const bool opened = qEnvironmentVariableIsSet("MAILSCOPE_BROWSER")
                            ? oauth::openBrowser(url, &how)
                            : QDesktopServices::openUrl(url);
    const QString link = url.toString(QUrl::FullyEncoded).toHtmlEscaped();
    m_state->setText(
        opened ? tr("Sign in with %1 in your browser. If it did not open, open <a href=\"%2\">this "
                    "address</a>.")
                     .arg(p.name.toHtmlEscaped(), link)
               : tr("Open <a href=\"%2\">this address</a> in a browser on this computer to sign "
                    "in with %1.")
                     .arg(p.name.toHtmlEscaped(), link));
    if (!oauth::isBuiltin(p.id))
        m_state->setText(
            m_state->text() +
            tr("<br>This profile signs in at <b>%1</b> and gets its tokens from "
               "<b>%2</b>.")
                .arg(p.authorizeUrl.host().toHtmlEscaped(), p.tokenUrl.host().toHtmlEscaped()));
    m_state->setOpenExternalLinks(true);
    m_signIn->setText(tr("&Cancel sign-in"));
    m_deadline->start(kFlowMinutes * 60 * 1000);
}

void SignInBox::cancelSignIn()
{
    if (m_flow) m_flow->cancel(tr("cancelled"));
}

void SignInBox::finishFlow()
{
    oauth::AuthorizationFlow *flow = m_flow;
    m_flow = nullptr;
    m_deadline->stop();
    flow->deleteLater();
    m_signIn->setText(m_token ? tr("&Sign in again…") : tr("&Sign in…"));
    if (!flow->succeeded()) {
        m_state->setText(tr("Not signed in: %1").arg(localized(flow->error()).toHtmlEscaped()));
        emit signedIn(false);
        return;
    }
    const oauth::Tokens t = flow->tokens();
    const QString key = oauth::keptKey(m_provider, m_flowUser);
    std::shared_ptr<CredentialStore> kept;
    QString how;
    if (m_remember->isChecked() && t.refresh.isEmpty()) {
        how = tr("not kept: %1 gave no refresh token").arg(m_provider.name);
    } else if (m_remember->isChecked()) {
        QString err;
        if (oauth::keepSignIn(*store(), m_provider, m_flowUser, t.refresh, &err)) {
            kept = store();
            how = tr("kept in %1").arg(kept->name());
        } else {
            how = tr("could not be kept in %1: %2").arg(store()->name(), localized(err));
        }
    }
    setSigned(std::make_shared<oauth::RefreshingToken>(m_provider, t, m_flowUser, kept, key), how);
}

void SignInBox::setSigned(std::shared_ptr<oauth::TokenSource> t, const QString &how)
{
    m_token = std::move(t);
    // Both sign-in paths run for the account as it was when they started (checked there).
    m_tokenUser = m_user;
    m_tokenHost = m_host;
    m_signIn->setText(tr("&Sign in again…"));
    m_state->setText(
        how.isEmpty() ? localized(m_token->describe()).toHtmlEscaped()
                      : QStringLiteral("%1 (%2)").arg(
                            localized(m_token->describe()).toHtmlEscaped(), how.toHtmlEscaped()));
    emit signedIn(true);
}

void SignInBox::signOut()
{
    m_token.reset();
    m_signIn->setText(tr("&Sign in…"));
    m_state->clear();
}

QString SignInBox::status() const
{
    return m_state->text();
}

} // namespace mailscope
