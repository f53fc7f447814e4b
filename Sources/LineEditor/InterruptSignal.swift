import Glibc
import Synchronization

/// Set by the SIGINT handler; read and cleared by everyone else.
/// A global `let` of an atomic is safe to touch from a signal handler:
/// storing to it neither allocates nor takes a lock.
private let interruptRequested = Atomic<Bool>(false)

/// Whether the handler is installed, so `install()` can be called freely.
private let interruptHandlerInstalled = Atomic<Bool>(false)

/// Ctrl-C as a flag that long computations poll (installed with sigaction, sa_flags = 0).
///
/// `sa_flags = 0` (no `SA_RESTART`) matters: a blocking `read` is then
/// interrupted with `EINTR`, which is how `el_wgets` learns that Ctrl-C was
/// pressed while editing. Glibc's `signal()` would set `SA_RESTART`, and Ctrl-C
/// would then do nothing until Enter.
public enum InterruptSignal {
    /// Installs the SIGINT handler. Idempotent.
    public static func install() {
        let (exchanged, _) = interruptHandlerInstalled.compareExchange(
            expected: false, desired: true, ordering: .acquiringAndReleasing)
        guard exchanged else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            // Only an atomic store: anything more is not async-signal-safe.
            interruptRequested.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// True after SIGINT until `clear()` is called.
    public static var isRequested: Bool {
        interruptRequested.load(ordering: .relaxed)
    }

    /// Forgets an earlier Ctrl-C, e.g. before starting a new computation.
    public static func clear() {
        interruptRequested.store(false, ordering: .relaxed)
    }

    /// Marks an interrupt as requested, as the handler does (for tests and
    /// for code that wants to cancel the current computation itself).
    public static func request() {
        interruptRequested.store(true, ordering: .relaxed)
    }
}
