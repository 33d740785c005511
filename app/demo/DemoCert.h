#pragma once

#include <QByteArray>

namespace mailscope::demo {
QByteArray certificatePem();
QByteArray privateKeyPem();
} // namespace mailscope::demo
