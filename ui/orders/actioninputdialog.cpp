#include "actioninputdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

namespace {

enum LinesMode { NoLines, CancelLines, SplitLines, PickLines };

// The carriers we suggest (the sandbox's and the common Turkish ones): (shown name, value sent).
QList<std::pair<QString, QString>> hepsiburadaCarriers()
{
    return { { QStringLiteral("Yurtiçi Kargo (YK)"), QStringLiteral("YK") },
             { QStringLiteral("Aras Kargo (ARAS)"), QStringLiteral("ARAS") },
             { QStringLiteral("MNG Kargo (MNG)"), QStringLiteral("MNG") },
             { QStringLiteral("PTT Kargo (PTT)"), QStringLiteral("PTT") },
             { QStringLiteral("Sürat Kargo (SURAT)"), QStringLiteral("SURAT") },
             { QStringLiteral("Trendyol Express (TEX)"), QStringLiteral("TEX") } };
}

const QStringList &wooProviders()
{
    static const QStringList l{ QStringLiteral("Yurtiçi Kargo"), QStringLiteral("Aras Kargo"),
        QStringLiteral("MNG Kargo"), QStringLiteral("PTT Kargo"), QStringLiteral("Sürat Kargo"),
        QStringLiteral("UPS"), QStringLiteral("DHL") };
    return l;
}

constexpr int kLineIdRole = Qt::UserRole + 1;

} // namespace

ActionInputDialog::ActionInputDialog(OrderActionService *service, const OrderAction &action, const QString &platform,
                                     const QStringList &orderIds, const QList<Line> &lines, QWidget *parent)
    : QDialog(parent), m_service(service), m_action(action), m_platform(platform), m_orderIds(orderIds), m_lines(lines)
{
    setObjectName(QStringLiteral("actionInputDialog"));
    QString title = action.label;
    title.remove(QStringLiteral("…"));
    setWindowTitle(orderIds.size() > 1 ? tr("%1 — %n order(s)", nullptr, int(orderIds.size())).arg(title) : title);
    build();
}

QLineEdit *ActionInputDialog::addLine(const QString &name, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    return edit;
}

void ActionInputDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    const QString &id = m_action.id;
    const bool trendyol = m_platform == u"trendyol";
    const bool hepsiburada = m_platform == u"hepsiburada";

    if (id == u"invoice") {
        addLine(QStringLiteral("number"), tr("Invoice number:"), tr("e.g. GIB2026000000123"));
    } else if (id == u"invoice-link") {
        addLine(QStringLiteral("url"), tr("Invoice link:"), tr("https://…"));
        if (trendyol) {
            addLine(QStringLiteral("number"), tr("Invoice number:"), tr("e.g. GIB2026000000123"));
            m_date = new QDateEdit(QDate::currentDate(), this);
            m_date->setObjectName(QStringLiteral("date"));
            m_date->setCalendarPopup(true);
            m_form->addRow(tr("Invoice date:"), m_date);
        }
    } else if (id == u"track") {
        addLine(QStringLiteral("number"), tr("Tracking number:"));
        m_form->addRow(new QLabel(tr("Trendyol takes the number only: the cargo company stays the package's."), this));
    } else if (id == u"tracking") {
        addLine(QStringLiteral("number"), tr("Tracking number:"));
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("provider"));
        m_choice->setEditable(true);
        m_choice->addItems(wooProviders());
        m_form->addRow(tr("Cargo company:"), m_choice);
        addLine(QStringLiteral("url"), tr("Tracking link (optional):"), tr("https://… (%1$s = the number)"));
        m_date = new QDateEdit(QDate::currentDate(), this);
        m_date->setObjectName(QStringLiteral("date"));
        m_date->setCalendarPopup(true);
        m_form->addRow(tr("Shipped on:"), m_date);
    } else if (id == u"in-transit") {
        addLine(QStringLiteral("number"), tr("Tracking number:"));
        addLine(QStringLiteral("url"), tr("Tracking link (optional):"), tr("https://…"));
    } else if (id == u"carrier") {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("carrier"));
        for (const auto &[name, value] : hepsiburadaCarriers())
            m_choice->addItem(name, value);
        m_form->addRow(tr("Carrier:"), m_choice);
    } else if (id == u"delivered") {
        addLine(QStringLiteral("receivedBy"), tr("Received by:"));
    } else if (id == u"undelivered") {
        addLine(QStringLiteral("reasonText"), tr("Why it was not delivered:"));
    } else if (id == u"note") {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("note"));
        m_text->setTabChangesFocus(true);
        m_form->addRow(tr("Note:"), m_text);
        auto *priv = new QRadioButton(tr("Private note (only the shop sees it)"), this);
        priv->setObjectName(QStringLiteral("privateNote"));
        priv->setChecked(true);
        m_toCustomer = new QRadioButton(tr("Note to the customer (WooCommerce e-mails it)"), this);
        m_toCustomer->setObjectName(QStringLiteral("customerNote"));
        m_form->addRow(QString(), priv);
        m_form->addRow(QString(), m_toCustomer);
    } else if (id == u"status") {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("status"));
        const QList<std::pair<QString, QString>> statuses{ { tr("Pending payment"), QStringLiteral("pending") },
            { tr("Processing"), QStringLiteral("processing") }, { tr("On hold"), QStringLiteral("on-hold") },
            { tr("Completed"), QStringLiteral("completed") }, { tr("Cancelled"), QStringLiteral("cancelled") },
            { tr("Refunded"), QStringLiteral("refunded") }, { tr("Failed"), QStringLiteral("failed") } };
        for (const auto &[name, value] : statuses)
            m_choice->addItem(name, value);
        m_form->addRow(tr("New status:"), m_choice);
    } else if (id == u"cancel") {
        addLinesTable(CancelLines);
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        if (m_platform == u"n11") {
            const QList<std::pair<QString, int>> reasons{ { tr("Out of stock"), 61 }, { tr("Defective product"), 62 },
                { tr("Wrong price"), 63 }, { tr("Force majeure"), 64 }, { tr("Other"), 65 } };
            for (const auto &[name, code] : reasons)
                m_reason->addItem(name, code);
        } else {
            const QList<std::pair<QString, int>> reasons{ { tr("Out of stock"), 500 },
                { tr("Defective product"), 501 }, { tr("Wrong price"), 502 }, { tr("Integration error"), 504 },
                { tr("Bulk purchase"), 505 }, { tr("Force majeure"), 506 } };
            for (const auto &[name, code] : reasons)
                m_reason->addItem(name, code);
        }
        m_form->addRow(tr("Reason:"), m_reason);
    } else if (id == u"cancel-line") {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("line"));
        for (const Line &l : std::as_const(m_lines))
            m_choice->addItem(tr("%1 × %2").arg(l.quantity).arg(l.title), l.lineId);
        m_form->addRow(tr("Line:"), m_choice);
        m_form->addRow(new QLabel(tr("Reason: the product cannot be supplied (the reason Hepsiburada documents)."), this));
    } else if (id == u"split") {
        addLinesTable(SplitLines);
        m_form->addRow(new QLabel(hepsiburada ? tr("Give each line the number of its new package, or cancel it.")
                                              : tr("Give each line the number of its new package."),
                                  this));
    } else if (id == u"pack") {
        if (m_orderIds.size() == 1)
            addLinesTable(PickLines);
        m_deci = new QDoubleSpinBox(this);
        m_deci->setObjectName(QStringLiteral("deci"));
        m_deci->setRange(0.1, 1000);
        m_deci->setValue(1);
        m_form->addRow(tr("Desi:"), m_deci);
        m_parcels = new QSpinBox(this);
        m_parcels->setObjectName(QStringLiteral("parcels"));
        m_parcels->setRange(1, 99);
        m_form->addRow(tr("Parcels:"), m_parcels);
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("carrier"));
        m_choice->addItem(tr("The order's carrier"), QString());
        for (const auto &[name, value] : hepsiburadaCarriers())
            m_choice->addItem(name, value);
        m_form->addRow(tr("Carrier:"), m_choice);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionInputError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QString ok = m_action.label;
    ok.remove(QStringLiteral("…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(ok);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionInputDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(m_linesTable ? 620 : 460, sizeHint().height());
}

void ActionInputDialog::addLinesTable(int mode)
{
    m_linesMode = mode;
    const bool hbSplit = mode == SplitLines && m_platform == u"hepsiburada";
    m_linesTable = new QTableWidget(int(m_lines.size()), mode == PickLines ? 1 : (hbSplit ? 3 : 2), this);
    m_linesTable->setObjectName(QStringLiteral("lines"));
    QStringList headers{ tr("Line") };
    if (mode == CancelLines)
        headers << tr("Quantity to cancel");
    else if (mode == SplitLines)
        headers << tr("Package");
    if (hbSplit)
        headers << tr("Cancel");
    m_linesTable->setHorizontalHeaderLabels(headers);
    m_linesTable->verticalHeader()->setVisible(false);
    m_linesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_linesTable->setTextElideMode(Qt::ElideMiddle);
    for (int r = 0; r < m_lines.size(); ++r) {
        const Line &l = m_lines.at(r);
        auto *item = new QTableWidgetItem(tr("%1 × %2").arg(l.quantity).arg(l.title));
        item->setToolTip(l.sku.isEmpty() ? l.title : tr("%1\nSKU %2").arg(l.title, l.sku));
        item->setData(kLineIdRole, l.lineId);
        item->setFlags(Qt::ItemIsEnabled | (mode == SplitLines ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        if (mode != SplitLines)
            item->setCheckState(mode == PickLines ? Qt::Checked : Qt::Unchecked);
        m_linesTable->setItem(r, 0, item);
        if (mode == CancelLines || mode == SplitLines) {
            auto *spin = new QSpinBox(m_linesTable);
            spin->setObjectName(u"lineSpin%1"_qs.arg(r));
            if (mode == CancelLines)
                spin->setRange(1, std::max(1, l.quantity));
            else
                spin->setRange(1, std::max(2, int(m_lines.size())));
            spin->setValue(mode == CancelLines ? l.quantity : std::min(r + 1, 2));
            m_linesTable->setCellWidget(r, 1, spin);
        }
        if (hbSplit) {
            auto *cancel = new QCheckBox(m_linesTable);
            cancel->setObjectName(u"lineCancel%1"_qs.arg(r));
            m_linesTable->setCellWidget(r, 2, cancel);
        }
    }
    m_form->addRow(m_linesTable);
}

QVariantMap ActionInputDialog::params() const
{
    QVariantMap p;
    auto text = [this](const char *name) {
        auto *e = findChild<QLineEdit *>(QLatin1String(name));
        return e ? e->text().trimmed() : QString();
    };
    const QString &id = m_action.id;
    if (id == u"invoice") {
        p.insert(QStringLiteral("invoiceNumber"), text("number"));
    } else if (id == u"invoice-link") {
        p.insert(QStringLiteral("url"), text("url"));
        if (m_platform == u"trendyol") {
            p.insert(QStringLiteral("invoiceNumber"), text("number"));
            p.insert(QStringLiteral("invoiceDateMs"), invoiceDateMs(m_date->date()));
        }
    } else if (id == u"track") {
        p.insert(QStringLiteral("trackingNumber"), text("number"));
    } else if (id == u"tracking") {
        p.insert(QStringLiteral("trackingNumber"), text("number"));
        p.insert(QStringLiteral("provider"), m_choice->currentText().trimmed());
        if (!text("url").isEmpty())
            p.insert(QStringLiteral("customLink"), text("url"));
        p.insert(QStringLiteral("shippedOn"), m_date->date().toString(Qt::ISODate));
    } else if (id == u"in-transit") {
        p.insert(QStringLiteral("trackingNumber"), text("number"));
        if (!text("url").isEmpty())
            p.insert(QStringLiteral("trackingUrl"), text("url"));
    } else if (id == u"carrier") {
        p.insert(QStringLiteral("cargo"), m_choice->currentData().toString());
    } else if (id == u"delivered") {
        p.insert(QStringLiteral("receivedBy"), text("receivedBy"));
    } else if (id == u"undelivered") {
        p.insert(QStringLiteral("reason"), text("reasonText"));
    } else if (id == u"note") {
        p.insert(QStringLiteral("note"), m_text->toPlainText().trimmed());
        p.insert(QStringLiteral("toCustomer"), m_toCustomer->isChecked());
    } else if (id == u"status") {
        p.insert(QStringLiteral("status"), m_choice->currentData().toString());
    } else if (id == u"cancel") {
        QVariantList lines;
        for (int r = 0; r < m_linesTable->rowCount(); ++r) {
            if (m_linesTable->item(r, 0)->checkState() != Qt::Checked)
                continue;
            auto *spin = qobject_cast<QSpinBox *>(m_linesTable->cellWidget(r, 1));
            lines.append(QVariantMap{ { QStringLiteral("lineId"), m_linesTable->item(r, 0)->data(kLineIdRole) },
                                      { QStringLiteral("quantity"), spin ? spin->value() : 1 } });
        }
        p.insert(QStringLiteral("lines"), lines);
        p.insert(QStringLiteral("reason"), m_reason->currentData().toInt());
    } else if (id == u"cancel-line") {
        p.insert(QStringLiteral("lineId"), m_choice->currentData().toString());
    } else if (id == u"split") {
        QMap<int, QStringList> groups;
        QStringList cancelled;
        for (int r = 0; r < m_linesTable->rowCount(); ++r) {
            const QString lineId = m_linesTable->item(r, 0)->data(kLineIdRole).toString();
            auto *cancel = qobject_cast<QCheckBox *>(m_linesTable->cellWidget(r, 2));
            if (cancel && cancel->isChecked()) {
                cancelled.append(lineId);
                continue;
            }
            groups[qobject_cast<QSpinBox *>(m_linesTable->cellWidget(r, 1))->value()].append(lineId);
        }
        QVariantList g;
        for (const QStringList &group : std::as_const(groups))
            g.append(QVariant(group));
        p.insert(QStringLiteral("groups"), g);
        if (!cancelled.isEmpty())
            p.insert(QStringLiteral("cancelled"), cancelled);
    } else if (id == u"pack") {
        if (m_linesTable) {
            QStringList ids;
            for (int r = 0; r < m_linesTable->rowCount(); ++r) {
                if (m_linesTable->item(r, 0)->checkState() == Qt::Checked)
                    ids.append(m_linesTable->item(r, 0)->data(kLineIdRole).toString());
            }
            p.insert(QStringLiteral("lineIds"), ids);
        }
        p.insert(QStringLiteral("deci"), m_deci->value());
        p.insert(QStringLiteral("parcels"), m_parcels->value());
        if (!m_choice->currentData().toString().isEmpty())
            p.insert(QStringLiteral("cargo"), m_choice->currentData().toString());
    }
    return p;
}

qint64 ActionInputDialog::invoiceDateMs(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone(3 * 3600)).toMSecsSinceEpoch();
}

QString ActionInputDialog::validateForm() const
{
    const QVariantMap p = params();
    const QString &id = m_action.id;
    auto required = [&p](const char *key) { return p.value(QLatin1String(key)).toString().trimmed().isEmpty(); };
    auto badUrl = [&p](const char *key, bool httpsOnly) {
        const QString text = p.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            return false;
        const QUrl url(text, QUrl::StrictMode);
        return !url.isValid() || url.host().isEmpty()
            || (httpsOnly ? url.scheme() != u"https" : (url.scheme() != u"https" && url.scheme() != u"http"));
    };
    if ((id == u"invoice" || (id == u"invoice-link" && m_platform == u"trendyol")) && required("invoiceNumber"))
        return tr("Enter the invoice number.");
    if (id == u"invoice-link") {
        if (required("url"))
            return tr("Enter the invoice link.");
        if (badUrl("url", true))
            return tr("The invoice link must be a complete https:// address.");
    }
    if ((id == u"track" || id == u"tracking" || id == u"in-transit") && required("trackingNumber"))
        return tr("Enter the tracking number.");
    if (id == u"tracking" && required("provider"))
        return tr("Choose the cargo company.");
    if ((id == u"tracking" && badUrl("customLink", false)) || (id == u"in-transit" && badUrl("trackingUrl", true)))
        return tr("The tracking link must be a complete web address.");
    if (id == u"delivered" && required("receivedBy"))
        return tr("Enter who received the parcel.");
    if (id == u"undelivered" && required("reason"))
        return tr("Enter why the parcel was not delivered.");
    if (id == u"note" && required("note"))
        return tr("Write the note.");
    if (id == u"cancel" && p.value(QStringLiteral("lines")).toList().isEmpty())
        return tr("Tick the lines to cancel.");
    if (id == u"cancel-line" && required("lineId"))
        return tr("This order has no line to cancel.");
    if (id == u"pack" && m_linesTable && p.value(QStringLiteral("lineIds")).toStringList().isEmpty())
        return tr("Tick the lines to pack.");
    return {};
}

void ActionInputDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ActionInputDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ActionInputDialog::accept()
{
    if (const QString problem = validateForm(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    // The platform's rules, checked here so that a refusal can be corrected without losing the form.
    const QVariantMap p = params();
    if (m_service) {
        QString first;
        int refused = 0;
        for (const QString &orderId : std::as_const(m_orderIds)) {
            const QString problem = m_service->check(m_action.id, orderId, p);
            if (problem.isEmpty())
                continue;
            ++refused;
            if (first.isEmpty())
                first = problem;
        }
        // One order: any refusal stops. Several: only when every one is refused (the others' results say why).
        if (refused > 0 && refused == m_orderIds.size()) {
            showError(m_orderIds.size() == 1 ? first
                                             : tr("Every order refuses this: %1").arg(first));
            return;
        }
    }
    showError({});
    if (m_confirm && !m_action.confirmation.isEmpty()) {
        QString title = m_action.label;
        title.remove(QStringLiteral("…"));
        QMessageBox box(QMessageBox::Question, title, m_action.confirmation, QMessageBox::Yes | QMessageBox::Cancel,
                        this);
        box.setInformativeText(tr("%n order(s) will be changed on their platform.", nullptr, int(m_orderIds.size())));
        box.button(QMessageBox::Yes)->setText(title);
        box.setDefaultButton(m_action.destructive ? QMessageBox::Cancel : QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

} // namespace sd::ui
