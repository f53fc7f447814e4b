#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the tutor on a thread with a stack of its own size, whatever
/// `ulimit -s` gives the main thread.
///
/// The parser and the evaluator recurse once per level of nesting, so the
/// nesting limit (`:set max-nesting`) is only safe for a known stack: on
/// the main thread that is `ulimit -s`, 8 MiB by default but 2 MiB on some
/// systems, where 499 levels overflowed it (issue 19, item 12). A thread's
/// stack is reserved, not used: only the pages a deep expression touches
/// cost memory.
public enum LargeStack {
    /// The stack the tutor runs on: room for the highest nesting limit
    /// (`max-nesting` 5,000) with a debug build's larger frames, about
    /// 14 KiB a level, many times over.
    public static let bytes = 512 << 20

    /// Runs `body` on a new thread with a stack of `bytes` and waits for it.
    /// The calling thread blocks every signal meanwhile, so that Ctrl-C,
    /// SIGTERM, SIGHUP and SIGWINCH reach the thread that reads the
    /// terminal and interrupt its `read` (see `InterruptSignal`). When no
    /// such thread can be made (a tight `ulimit -v`), `body` runs here.
    public static func run(bytes: Int = LargeStack.bytes, _ body: @escaping () -> Void) {
        final class Box {
            let body: () -> Void
            init(_ body: @escaping () -> Void) { self.body = body }
        }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        guard pthread_attr_setstacksize(&attributes, bytes) == 0,
            pthread_create(&thread, &attributes, { context in
                let box = Unmanaged<Box>.fromOpaque(context!).takeRetainedValue()
                box.body()
                return nil
            }, context) == 0
        else {
            Unmanaged<Box>.fromOpaque(context).release()
            body()
            return
        }
        var all = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_BLOCK, &all, nil)
        pthread_join(thread, nil)
    }
}
