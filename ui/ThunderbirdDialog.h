// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// "Compare with my Thunderbird": a profile's prefs.js (found in the usual place, or picked),
// read only, and for the diagnosed server each setting's current value next to the recommended
// one, with why. Changes are copied as user_pref lines; Mailscope never writes the profile.
#pragma once

#include "advice/Thunderbird.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace mailscope {

class ThunderbirdModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Setting,
        Preference,
        Current,
        Recommended,
        Change,
        Why,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<thunderbird::Row> &rows);
    const thunderbird::Row &row(int r) const { return m_rows[r]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<thunderbird::Row> m_rows;
};

class ThunderbirdDialog : public QDialog
{
    Q_OBJECT
public:
    // Looks for the default profile right away when autoFind is true.
    explicit ThunderbirdDialog(const Report &report, bool autoFind = true,
                               QWidget *parent = nullptr);

    // A prefs.js, or a profile folder holding one. False (and why) when it cannot be read.
    bool loadPrefs(const QString &path, QString *error = nullptr);
    QString prefsPath() const { return m_path; }
    const thunderbird::Comparison &comparison() const { return m_comparison; }
    ThunderbirdModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    // The user_pref lines of the selected rows that need a change (all of them when nothing is
    // selected); also what "Copy the changes" puts on the clipboard.
    QString changesText() const;
    QPushButton *copyButton() const { return m_copy; }

private:
    Report m_report;
    QString m_path;
    thunderbird::Comparison m_comparison;
    ThunderbirdModel *m_model;
    QTableView *m_table;
    QLabel *m_file;
    QLabel *m_summary;
    QPushButton *m_copy;
};

} // namespace mailscope
