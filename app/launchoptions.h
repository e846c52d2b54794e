#pragma once

/// `cais --help` and `cais --version` only print: they must work where no display is
/// (over ssh, in a package's post-install check). Call before QApplication exists.
void allowTextOnlyStartWithoutDisplay(int argc, char *argv[]);
