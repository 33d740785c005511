// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The mailscope.report/1 JSON document: the contract with outside tools and the GUI.
#pragma once

#include "probes/Report.h"
#include "session/Event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <vector>

namespace mailscope {

QJsonDocument reportToJson(const Report &report, const std::vector<Event> &events);
// A JSON document's bytes as our files hold them: indented, and every character that would act
// on a terminal (DEL, C1 controls such as CSI, bidi overrides, line separators) written as a
// \uXXXX escape, so `cat` or `jq -r` of a report cannot be steered by a server's text. JSON
// reads it back the same: nothing is lost.
QByteArray jsonFileBytes(const QJsonDocument &doc);
// One finding / one piece of advice as every JSON document of ours writes it.
QJsonObject findingToJson(const Finding &f);
QJsonObject adviceToJson(const Advice &a);
// The "findings" and "advice" arrays of the report and the discovery documents.
QJsonArray findingsToJson(const QList<Finding> &findings);
QJsonArray adviceListToJson(const QList<Advice> &advice);
// Reads a saved report back (for the GUI); returns an error text on failure.
QString reportFromJson(const QByteArray &json, Report *report, std::vector<Event> *events);
// A report file, read whole only when it is no larger than a run can make (its transcript is
// capped at --transcript-limit): reading JSON takes about ten times the file's size in memory.
constexpr qint64 kMaxReportFileBytes = qint64(256) << 20;
QString reportFromFile(const QString &path, Report *report, std::vector<Event> *events);

} // namespace mailscope
