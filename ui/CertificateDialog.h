// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The question a mail program asks about an untrusted certificate, asked honestly: what is
// wrong with it, its fingerprint to compare with what the provider says, and a choice that
// is bound to exactly this server (this run only, or remembered for host:port).
#pragma once

#include "probes/Report.h"

#include <QDialog>

class QRadioButton;

namespace mailscope {

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    // certificate: the tls.certificate finding of the run that stopped.
    explicit CertificateDialog(const Finding &certificate, QWidget *parent = nullptr);

    bool remember() const;
    void setRemember(bool on);
    QByteArray sha256() const { return m_sha; }
    // The kinds of problem the user saw (certProblemKinds): what "always" trusts it for.
    int problemKinds() const { return m_kinds; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    // "AB:CD:…" for reading aloud and comparing.
    static QString grouped(const QByteArray &sha256);

private:
    QByteArray m_sha;
    int m_kinds = 0;
    QString m_host;
    quint16 m_port = 0;
    QRadioButton *m_once;
    QRadioButton *m_always;
};

} // namespace mailscope
