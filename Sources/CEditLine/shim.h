// libedit as Swift sees it.
//
// Swift cannot call C variadic functions (el_wset, el_wget, history_w), and in
// Swift 6 mode it rejects the C globals stdin/stdout/stderr. Each wrapper below
// is a fixed-arity `static inline` function so nothing needs to be compiled or
// linked besides libedit itself. Keep state out of this header: a `static`
// variable here would not link from Swift.
#ifndef MICROGRAD_CEDITLINE_SHIM_H
#define MICROGRAD_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <wchar.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>

/// A prompt callback for the wide-character API.
typedef wchar_t *(*mg_el_wprompt_fn)(EditLine *);
/// A user function bound to a key; returns one of the CC_* codes.
typedef unsigned char (*mg_el_func_fn)(EditLine *, int);

/// el_init on the process's standard streams.
static inline EditLine *mg_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

/// el_wset for the operations that take one int (EL_SIGNAL, EL_EDITMODE, ...).
static inline int mg_el_set_int(EditLine *el, int op, int value) {
    return el_wset(el, op, value);
}

/// el_wset(EL_EDITOR, name).
static inline int mg_el_set_editor(EditLine *el, const wchar_t *name) {
    return el_wset(el, EL_EDITOR, name);
}

/// el_wset(EL_PROMPT_ESC, fn, marker): text between two markers is written
/// as-is and takes no columns (for colour escapes).
static inline int mg_el_set_prompt_esc(EditLine *el, mg_el_wprompt_fn fn, wchar_t marker) {
    return el_wset(el, EL_PROMPT_ESC, fn, marker);
}

/// el_wset(EL_GETCFN, fn): replaces libedit's character reader.
static inline int mg_el_set_getc(EditLine *el, el_rfunc_t fn) {
    return el_wset(el, EL_GETCFN, fn);
}

/// el_wset(EL_CLIENTDATA, data).
static inline int mg_el_set_clientdata(EditLine *el, void *data) {
    return el_wset(el, EL_CLIENTDATA, data);
}

/// el_wget(EL_CLIENTDATA): NULL if unset.
static inline void *mg_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_wget(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// el_wset(EL_HIST, history_w, h): Up/Down and ^R browse `h`.
static inline int mg_el_set_history(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}

/// el_wset(EL_ADDFN, name, help, fn).
static inline int mg_el_add_function(EditLine *el, const wchar_t *name,
                                     const wchar_t *help, mg_el_func_fn fn) {
    return el_wset(el, EL_ADDFN, name, help, fn);
}

/// el_wset(EL_BIND, key, command, NULL).
static inline int mg_el_bind(EditLine *el, const wchar_t *key, const wchar_t *command) {
    return el_wset(el, EL_BIND, key, command, (const wchar_t *)NULL);
}

/// history_w for operations that take one int (H_SETSIZE, H_SETUNIQUE).
static inline int mg_history_int(HistoryW *h, int op, int value) {
    HistEventW ev;
    return history_w(h, &ev, op, value);
}

/// history_w for operations that take no argument (H_CLEAR, H_GETSIZE).
/// Returns ev.num for H_GETSIZE, else the status.
static inline int mg_history_void(HistoryW *h, int op) {
    HistEventW ev;
    int status = history_w(h, &ev, op);
    if (status == -1) return -1;
    return op == H_GETSIZE ? ev.num : status;
}

/// history_w for operations that take a file name (H_LOAD, H_SAVE).
static inline int mg_history_file(HistoryW *h, int op, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, op, path);
}

/// history_w(H_SAVE_FP, fp): writes the history to a stream the caller
/// opened, so that the caller can flush it and see a failed write (H_SAVE
/// opens and closes its own file and reports no short write: a full disk
/// left an empty history). Returns the number of entries written, or -1.
static inline int mg_history_save_fp(HistoryW *h, FILE *fp) {
    HistEventW ev;
    return history_w(h, &ev, H_SAVE_FP, fp);
}

/// history_w(H_ENTER, line).
static inline int mg_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}

/// history_w for stepping operations (H_FIRST, H_LAST, H_NEXT, H_PREV):
/// the entry's text, or NULL when there is none.
static inline const wchar_t *mg_history_step(HistoryW *h, int op) {
    HistEventW ev;
    if (history_w(h, &ev, op) == -1) return NULL;
    return ev.str;
}

/// Flushes the C stdout stream libedit writes through, so direct write(2)s
/// that follow land after libedit's output.
static inline void mg_flush_stdout(void) {
    fflush(stdout);
}

/// Waits until `fd` is readable with `mask` as the signal mask meanwhile
/// (pselect: the mask swap and the wait are one atomic step, so a signal
/// unblocked by `mask` either arrives before the wait or ends it).
static inline int mg_wait_readable(int fd, const sigset_t *mask) {
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    return pselect(fd + 1, &set, NULL, NULL, NULL, mask);
}

/// The terminal's column count for `fd`, or 0 if it is not a terminal.
/// (ioctl is variadic, hence the wrapper.)
static inline int mg_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
    return ws.ws_col;
}

#endif
