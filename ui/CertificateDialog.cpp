// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "CertificateDialog.h"
#include "i18n/Text.h"
#include "net/Connection.h"
#include "probes/TlsInspect.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailscope {

QString CertificateDialog::grouped(const QByteArray &sha256)
{
    QStringList parts;
    for (int i = 0; i + 1 < sha256.size(); i += 2)
        parts << QString::fromLatin1(sha256.mid(i, 2)).toUpper();
    return parts.join(QLatin1Char(':'));
}

CertificateDialog::CertificateDialog(const Finding &f, QWidget *parent)
    : QDialog(parent), m_sha(f.data.value(QStringLiteral("sha256")).toString().toLatin1()),
      m_host(f.data.value(QStringLiteral("host")).toString()),
      m_port(quint16(f.data.value(QStringLiteral("port")).toInt())), m_once(new QRadioButton),
      m_always(new QRadioButton)
{
    // The kinds the TLS errors had; reports from before they were kept: from the problems.
    const QJsonArray kinds = f.data.value(QStringLiteral("problem_kinds")).toArray();
    QStringList names;
    for (const auto &k : kinds)
        names << k.toString();
    m_kinds = f.data.contains(QStringLiteral("problem_kinds"))
                  ? certProblemKindsFromNames(names)
                  : certProblemKinds(f.data.value(QStringLiteral("problems")).toArray());
    if (m_kinds == 0) m_kinds = CertUntrusted; // it could not be verified, whatever the words
    setWindowTitle(tr("Trust this certificate?"));
    setAccessibleName(tr("Certificate decision"));
    // In plain words (the backend's own error texts stay in the report's data for experts).
    QString problems =
        localized(certProblemsBrief(f.data.value(QStringLiteral("problems")).toArray()));
    if (problems.isEmpty()) {
        QStringList errors;
        for (const auto &e : f.data.value(QStringLiteral("errors")).toArray())
            errors << localized(sslErrorText(e.toString()));
        problems = errors.join(QStringLiteral("; "));
    }
    const QString where = QStringLiteral("%1:%2").arg(m_host.toHtmlEscaped()).arg(m_port);
    auto *text = new QLabel(
        tr("<p><b>%1 presented a certificate that cannot be verified.</b></p>"
           "<p>Problems: %2</p>"
           "<p>Issued to <b>%3</b> by <b>%4</b>, valid until %5.</p>"
           "<p>Trust it only if your provider or IT department confirms this SHA-256 "
           "fingerprint (compare all of it, for example read aloud on the phone):</p>"
           "<p><tt>%6</tt></p>"
           "<p>Someone between you and the server could present a certificate of their own; "
           "the fingerprint is how you tell.</p>")
            .arg(where, problems.toHtmlEscaped(),
                 f.data.value(QStringLiteral("subject")).toString().toHtmlEscaped(),
                 f.data.value(QStringLiteral("issuer")).toString().toHtmlEscaped(),
                 f.data.value(QStringLiteral("not_after")).toString().toHtmlEscaped(),
                 grouped(m_sha)));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_once->setText(tr("Trust it for &one run only"));
    m_always->setText(tr("&Always trust it for %1 on this computer").arg(where));
    m_once->setChecked(true);
    auto *buttons = new QDialogButtonBox;
    auto *trust = buttons->addButton(tr("&Trust and run again"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trust"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *box = new QVBoxLayout(this);
    box->addWidget(text);
    box->addWidget(m_once);
    box->addWidget(m_always);
    box->addWidget(buttons);
}

bool CertificateDialog::remember() const
{
    return m_always->isChecked();
}

void CertificateDialog::setRemember(bool on)
{
    (on ? m_always : m_once)->setChecked(true);
}

} // namespace mailscope
