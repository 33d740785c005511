// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
#include "ThunderbirdDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mailscope {

void ThunderbirdModel::setRows(const QList<thunderbird::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ThunderbirdModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThunderbirdModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThunderbirdModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const thunderbird::Row &r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Setting:
            return r.label;
        case Preference:
            return r.pref;
        case Current:
            return r.current;
        case Recommended:
            return r.recommended.isEmpty() ? tr("no recommendation") : r.recommended;
        case Change:
            // Words, not colour alone.
            return r.recommended.isEmpty() ? tr("—") : r.differs ? tr("change") : tr("fine");
        case Why:
            return r.why;
        }
    }
    if (role == Qt::FontRole && r.differs) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant ThunderbirdModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Setting:
        return tr("Setting");
    case Preference:
        return tr("Name in the Config Editor");
    case Current:
        return tr("Now");
    case Recommended:
        return tr("Recommended");
    case Change:
        return tr("Change?");
    case Why:
        return tr("Why");
    }
    return {};
}

ThunderbirdDialog::ThunderbirdDialog(const Report &report, bool autoFind, QWidget *parent)
    : QDialog(parent), m_report(report), m_model(new ThunderbirdModel(this)),
      m_table(new QTableView), m_file(new QLabel), m_summary(new QLabel),
      m_copy(new QPushButton(tr("&Copy the changes")))
{
    setWindowTitle(tr("Compare with my Thunderbird"));
    setAccessibleName(windowTitle());
    auto *intro = new QLabel(
        tr("Mailscope reads your Thunderbird profile (prefs.js) and shows, for %1, each setting "
           "next to what the diagnosis recommends. It only reads the file and never changes it. "
           "Make a change in Thunderbird: Settings ▸ General ▸ Config Editor… (search for the "
           "name), or Account Settings for the port, connection security and authentication. "
           "With Thunderbird closed, the copied lines can also go into user.js in the profile "
           "folder.")
            .arg(report.target.host));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setWordWrap(true);
    m_file->setAccessibleName(tr("Profile file"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Account found"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Settings: now and recommended"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Everything readable without scrolling sideways: long texts wrap.
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(ThunderbirdModel::Preference, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ThunderbirdModel::Change, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ThunderbirdModel::Why, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    h->resizeSection(ThunderbirdModel::Setting, em * 14);
    h->resizeSection(ThunderbirdModel::Current, em * 12);
    h->resizeSection(ThunderbirdModel::Recommended, em * 10);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideNone);
    m_copy->setAccessibleName(tr("Copy the changed settings as user_pref lines"));
    m_copy->setEnabled(false);
    auto *find = new QPushButton(tr("&Find my profile"));
    find->setAccessibleName(tr("Look for Thunderbird's default profile"));
    auto *choose = new QPushButton(tr("C&hoose prefs.js…"));
    choose->setAccessibleName(tr("Choose a Thunderbird prefs.js file"));
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(changesText()); });
    connect(find, &QPushButton::clicked, this, [this] {
        const QString f = thunderbird::defaultPrefsFile();
        if (f.isEmpty())
            m_summary->setText(tr("No Thunderbird profile was found in the usual place; choose "
                                  "its prefs.js."));
        else
            loadPrefs(f);
    });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Thunderbird's prefs.js"), QFileInfo(m_path).absolutePath(),
            tr("Thunderbird preferences (prefs.js user.js);;All files (*)"));
        if (!f.isEmpty()) loadPrefs(f);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(find);
    top->addWidget(choose);
    top->addWidget(m_file, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(top);
    box->addWidget(m_summary);
    box->addWidget(m_table, 1);
    box->addLayout(buttons);
    resize(1250, 560);
    if (autoFind) find->click();
}

bool ThunderbirdDialog::loadPrefs(const QString &path, QString *error)
{
    QString file = path;
    if (QFileInfo(path).isDir()) file = path + QStringLiteral("/prefs.js");
    thunderbird::Prefs prefs;
    QString err;
    if (!thunderbird::readPrefsFile(file, &prefs, &err)) {
        m_summary->setText(tr("Could not read %1: %2").arg(file, err));
        if (error) *error = err;
        return false;
    }
    m_path = file;
    m_comparison = thunderbird::compare(m_report, prefs);
    QString note = tr("Read only: %1").arg(QDir::toNativeSeparators(file));
    if (prefs.truncated) note += tr(" (only its first part was read: it is unusually large)");
    if (prefs.problemCount > 0)
        note += tr("; %n line(s) could not be read", nullptr, prefs.problemCount);
    m_file->setText(note);
    m_summary->setText(m_comparison.summary);
    m_model->setRows(m_comparison.rows);
    bool anyChange = false;
    for (const thunderbird::Row &r : m_comparison.rows)
        anyChange = anyChange || r.differs;
    m_copy->setEnabled(anyChange);
    return true;
}

QString ThunderbirdDialog::summaryText() const
{
    return m_summary->text();
}

QString ThunderbirdDialog::changesText() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty())
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows << r;
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows))
        if (!m_model->row(r).copyLine.isEmpty())
            lines << m_model->row(r).copyLine + QStringLiteral(" // ") + m_model->row(r).label;
    return lines.join(QLatin1Char('\n'));
}

} // namespace mailscope
