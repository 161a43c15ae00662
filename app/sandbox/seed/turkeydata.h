// Reference data for realistic Turkish sample shops: the 81 provinces with districts, names, streets,
// product families and the cargo companies sellers use.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sd::sandbox::turkey {

struct Province
{
    int plateCode = 0; // 1..81, also the first two digits of its postal codes
    QString name;
    QStringList districts;
};

struct CargoCompany
{
    QString key; // our own short key: "tex", "yurtici", …
    QString displayName; // "Yurtiçi Kargo"
    QString trendyolName; // cargoProviderName on Trendyol packages
    QString trendyolCode; // change-carrier code (YKMP…)
    int trendyolId = 0; // provider list id
    int barcodePrefix = 0; // first three digits of a Trendyol cargo barcode
    QString hepsiburadaShortName;
    int n11CompanyId = 0;
    QString trackingUrl; // %1 = tracking number (sample URL shapes, not verified against the carriers)
};

struct ProductFamily
{
    QString category;
    int categoryId = 0;
    QStringList titles; // "%1" is replaced by the brand
    QStringList colors;
    QStringList sizes;
    int minPriceTry = 0;
    int maxPriceTry = 0;
    int vatRate = 20;
};

const QList<Province> &provinces(); // all 81, ordered by plate code
const QStringList &femaleFirstNames();
const QStringList &maleFirstNames();
const QStringList &surnames();
const QStringList &neighbourhoods();
const QStringList &streets();
const QStringList &brands();
const QList<ProductFamily> &productFamilies();
const QList<CargoCompany> &cargoCompanies();
const QStringList &companySuffixes(); // "Ltd. Şti.", "A.Ş."
const QStringList &taxOffices();

} // namespace sd::sandbox::turkey
