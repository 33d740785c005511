// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The credentials page's "Sign in with Microsoft / Google" box: which provider the account
// belongs to and why its password will not work, the organisation's client id, the browser
// sign-in (the engine's AuthorizationFlow), a kept sign-in from the OS keychain, and who is
// signed in until when.
#pragma once

#include "auth/OAuth.h"

#include <QGroupBox>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace mailscope {

class CredentialStore;

class SignInBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SignInBox(QWidget *parent = nullptr);
    ~SignInBox() override;

    // What is known of the account: the address, the server and any discovered hosts (MX).
    // Picks the provider they belong to, if any. A sign-in made for another user or server
    // (hosts' first) is dropped.
    void setAccount(const QString &email, const QString &user, const QStringList &hosts);
    // microsoft, google, a profile file's path, or empty for "use the password".
    void setProvider(const QString &idOrFile);
    QString provider() const;
    QString detectedProvider() const { return m_detected; }
    void setClientId(const QString &id);
    void setRemember(bool on);
    // The company CA from the account page: trusted for the token endpoint too.
    void setExtraCa(const QList<QSslCertificate> &certs) { m_extraCa = certs; }
    // Where kept sign-ins live (tests hand in a memory store); default: the OS keychain.
    void setCredentialStore(std::shared_ptr<CredentialStore> s) { m_store = std::move(s); }

    // Starts the sign-in (a kept one first, else the browser). While the browser sign-in
    // runs, the button cancels it; it also ends by itself after five minutes.
    void signIn();
    void cancelSignIn();
    void signOut();
    bool isSignedIn() const { return m_token != nullptr; }
    std::shared_ptr<oauth::TokenSource> token() const { return m_token; }
    QString status() const;
    QPushButton *signInButton() const { return m_signIn; }

signals:
    void signedIn(bool ok);

private:
    void providerChanged();
    bool buildProvider(oauth::Provider *p, QString *error) const;
    void finishFlow();
    void setSigned(std::shared_ptr<oauth::TokenSource> t, const QString &how);
    std::shared_ptr<CredentialStore> store();

    QLabel *m_why;
    QComboBox *m_providers;
    QLineEdit *m_clientId;
    QLineEdit *m_tenant;
    QLabel *m_tenantLabel;
    QCheckBox *m_remember;
    QPushButton *m_signIn;
    QLabel *m_state;
    QTimer *m_deadline;
    bool m_busy = false; // a kept sign-in is being refreshed
    static constexpr int kFlowMinutes = 5;
    QString m_user;
    QString m_host; // the server's, lower case: a token is for one user at one server
    QString m_flowUser, m_flowHost;   // whom the browser sign-in under way is for
    QString m_tokenUser, m_tokenHost; // whom m_token was made for
    QString m_detected;
    oauth::Provider m_provider;
    oauth::AuthorizationFlow *m_flow = nullptr;
    std::shared_ptr<oauth::TokenSource> m_token;
    std::shared_ptr<CredentialStore> m_store;
    QList<QSslCertificate> m_extraCa;
};

} // namespace mailscope
