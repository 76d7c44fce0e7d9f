// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

// Compiles every QML file the application carries in its resources (all of its QML modules)
// with `engine`, printing each failure with its file name to stderr. Returns the exit code:
// 0 when every file loaded, 1 on any error or when no QML file was found.
int runQmlSelfTest(QQmlEngine& engine);
