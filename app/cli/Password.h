// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// Where a password may come from. Never argv: it would show in process lists and history.
#pragma once

#include <QByteArray>
#include <QString>

namespace mailscope {

// Reads from the environment variable, file (first line) or terminal (no echo).
// Returns an error text, or empty on success.
QString passwordFromEnv(const QString &var, QByteArray *out);
QString passwordFromFile(const QString &path, QByteArray *out);
QString passwordFromTerminal(const QString &prompt, QByteArray *out);

} // namespace mailscope
