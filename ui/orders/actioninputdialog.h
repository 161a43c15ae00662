// The parameters of an order action (invoice number, invoice link, tracking, lines to cancel or split with a
// reason, a WooCommerce note, Hepsiburada's package actions), asked before the action is queued. OK checks the
// form, then the platform's own rules through OrderActionService::check() (a refusal is shown in the dialog, which
// stays open), then asks for confirmation when the action cannot be undone; accepted() = params() may be queued.
#pragma once

#include "orderactionservice.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace sd::ui {

class ActionInputDialog : public QDialog
{
    Q_OBJECT
public:
    struct Line
    {
        QString lineId; // the platform's line id (what the actions take)
        QString title;
        QString sku;
        int quantity = 0;
        QString platformStatus;
    };

    // orderIds: one order (lines given: its lines) or several (bulk; no line choice).
    ActionInputDialog(OrderActionService *service, const OrderAction &action, const QString &platform,
                      const QStringList &orderIds, const QList<Line> &lines, QWidget *parent = nullptr);

    [[nodiscard]] QVariantMap params() const;
    [[nodiscard]] QStringList orderIds() const { return m_orderIds; }
    [[nodiscard]] const OrderAction &action() const { return m_action; }
    // The message under the form (a refused check, a missing field); empty when none.
    [[nodiscard]] QString errorText() const;
    // Without the confirmation question (tests that do not answer it).
    void setConfirm(bool confirm) { m_confirm = confirm; }

    // The Trendyol invoice date the CLI uses too: noon Turkish time of date, in UTC ms.
    [[nodiscard]] static qint64 invoiceDateMs(const QDate &date);

public Q_SLOTS:
    void accept() override;

private:
    void build();
    void addLinesTable(int mode);
    void showError(const QString &message);
    [[nodiscard]] QString validateForm() const;
    QLineEdit *addLine(const QString &name, const QString &label, const QString &placeholder = {});

    QPointer<OrderActionService> m_service;
    OrderAction m_action;
    QString m_platform;
    QStringList m_orderIds;
    QList<Line> m_lines;
    bool m_confirm = true;
    int m_linesMode = 0;

    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTableWidget *m_linesTable = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_choice = nullptr; // carrier, status, line
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QRadioButton *m_toCustomer = nullptr;
    QDoubleSpinBox *m_deci = nullptr;
    QSpinBox *m_parcels = nullptr;
};

} // namespace sd::ui
