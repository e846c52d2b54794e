#include "common/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QFileInfo>
#include <QPalette>

namespace SyntaxRepository {

KSyntaxHighlighting::Repository &instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

bool isDockerfileName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    return name == QLatin1String("dockerfile") || name == QLatin1String("containerfile")
        || name.startsWith(QLatin1String("dockerfile.")) || name.startsWith(QLatin1String("containerfile."))
        || name.endsWith(QLatin1String(".dockerfile")) || name.endsWith(QLatin1String(".containerfile"));
}

KSyntaxHighlighting::Definition dockerfileDefinition()
{
    return instance().definitionForName(QStringLiteral("Dockerfile"));
}

KSyntaxHighlighting::Definition definitionForFileName(const QString &fileName)
{
    if (isDockerfileName(fileName))
        return dockerfileDefinition();
    return instance().definitionForFileName(fileName);
}

KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette)
{
    return instance().themeForPalette(palette);
}

} // namespace SyntaxRepository
