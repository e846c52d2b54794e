#pragma once

class MainWindow;

/// For `tools/dev bench coldstart` only, and only when CAIS_BENCH_FIRST_PAINT is set:
///   quit   end the process as soon as the Images page has painted the engine's images,
///          without the teardown (the time from process start to there is what the
///          benchmark measures from outside);
///   pages  then print the resident memory, show every page in turn (a second and a half
///          each, their lists loaded), print it again, and leave.
/// Lines go to stdout as `INFO rss_first_paint_mb=N` and `INFO rss_all_pages_mb=N`.
void installBenchHooks(MainWindow *window);

/// With CAIS_BENCH_FIRST_PAINT set: `INFO t_<what>_ms=N` on stderr, N the milliseconds
/// since benchStart() (the top of main): where the time to the first paint goes.
void benchStart();
void benchMark(const char *what);
