// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace Keyport {

QStringList installTranslations(QCoreApplication *application, const QLocale &locale)
{
    QStringList loaded;
    const auto install
        = [&](const QString &name, const QString &directory, const QLocale &forLocale) {
              auto *translator = new QTranslator(application);
              if (translator->load(forLocale, name, QStringLiteral("_"), directory)) {
                  QCoreApplication::installTranslator(translator);
                  loaded.append(QFileInfo(translator->filePath()).baseName());
                  return true;
              }
              delete translator;
              return false;
          };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), locale);
    // Keyport's translations are built into the executable.
    if (!install(QStringLiteral("keyport"), QStringLiteral(":/i18n"), locale))
        install(QStringLiteral("keyport"), QStringLiteral(":/i18n"), QLocale(QLocale::English));
    return loaded;
}

} // namespace Keyport
