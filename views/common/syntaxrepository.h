#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QString>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

/// The one KSyntaxHighlighting::Repository of the application: loading the syntax
/// definitions and themes is costly, so every editor and viewer shares it. Created on
/// first use, on the GUI thread, and kept until the application quits.
namespace SyntaxRepository {

KSyntaxHighlighting::Repository &instance();

/// The definition for a file name, with the names Docker tools accept for Dockerfiles
/// ("Dockerfile", "Containerfile", "Dockerfile.*", "Containerfile.*", "*.dockerfile",
/// "*.containerfile") mapped to the "Dockerfile" definition. Invalid when none fits.
KSyntaxHighlighting::Definition definitionForFileName(const QString &fileName);
/// The "Dockerfile" definition.
KSyntaxHighlighting::Definition dockerfileDefinition();
/// True for the file names above.
bool isDockerfileName(const QString &fileName);
/// A light or dark theme that matches `palette` (Repository::themeForPalette).
KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

} // namespace SyntaxRepository
