// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// One class per diagnostic check; all share Context and the report's result types.
#pragma once

#include "i18n/Text.h"

#include "probes/Context.h"

#include <memory>
#include <vector>

namespace mailscope {

class Check
{
public:
    virtual ~Check() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual void run(Context &ctx) = 0;
};

// tls.certificate for a certificate with problems (refused, or accepted by the user).
Finding certificateFinding(const Target &t, const TlsResult &r);

// Check ids for --checks, per protocol.
QStringList knownChecks(Protocol p);
QStringList defaultChecks(Protocol p);
// Builds the checks in run order; returns an error text for unknown names.
QString makeChecks(Protocol p, const QStringList &names, std::vector<std::unique_ptr<Check>> *out);

class TlsCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("tls"); }
    QString title() const override { return translate("Checks", "Encryption (TLS)"); }
    void run(Context &ctx) override;
};

class StartTlsCheck : public Check
{
public:
    QString id() const override { return QStringLiteral("starttls"); }
    QString title() const override { return translate("Checks", "STARTTLS upgrade"); }
    void run(Context &ctx) override;
};

class CapabilitiesCheck : public Check
{
public:
    explicit CapabilitiesCheck(QString name = QStringLiteral("capabilities"))
        : m_id(std::move(name))
    {}
    QString id() const override { return m_id; }
    QString title() const override { return translate("Checks", "Capabilities"); }
    void run(Context &ctx) override;

private:
    QString m_id;
};

class LoginCheck : public Check
{
public:
    explicit LoginCheck(QString name = QStringLiteral("login")) : m_id(std::move(name)) {}
    QString id() const override { return m_id; }
    QString title() const override { return translate("Checks", "Login"); }
    void run(Context &ctx) override;

private:
    QString m_id;
};

} // namespace mailscope
