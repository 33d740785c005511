// The transcript as a list model: one row per event, coloured by kind from the palette.
#pragma once

#include <QAbstractListModel>
#include <QPalette>
#include <QPointer>

namespace mailscope {
class Transcript;

class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1,
        ConnRole,
        TimeRole
    };
    explicit TranscriptModel(QObject *parent = nullptr);

    void setTranscript(Transcript *t);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void catchUp();
    QPointer<Transcript> m_transcript;
    int m_rows = 0;
};

} // namespace mailscope
