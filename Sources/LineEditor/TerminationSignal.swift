import Glibc
import Synchronization

/// The signal that asked the tutor to leave (SIGTERM or SIGHUP), or 0.
private let terminationSignal = Atomic<Int32>(0)

/// SIGTERM and SIGHUP (a closed terminal) as a request to leave cleanly.
///
/// The handler only records the signal and raises the Ctrl-C flag
/// (``InterruptSignal``), so that whatever runs stops as it would for
/// Ctrl-C: long work at its next check, the prompt with `.interrupted`.
/// The prompt loop then sees ``isRequested``, closes the line editor
/// (saving history, restoring the terminal) and calls
/// ``exitIfRequested()``, which ends the process by the same signal, so
/// that the parent still sees how it ended. Lesson progress is saved as
/// it changes, so nothing is lost.
public enum TerminationSignal {
    private static let installed = Atomic<Bool>(false)

    /// Installs the handlers. Idempotent. Install before creating an
    /// `EditLineReader`: libedit chains to the handlers it finds.
    public static func install() {
        let (exchanged, _) = installed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing)
        guard exchanged else { return }
        InterruptSignal.install()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            // Atomic stores only: anything more is not async-signal-safe.
            terminationSignal.store(signal, ordering: .relaxed)
            InterruptSignal.request()
        }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocking read returns EINTR, as for Ctrl-C.
        action.sa_flags = 0
        sigaction(SIGTERM, &action, nil)
        sigaction(SIGHUP, &action, nil)
    }

    /// True once SIGTERM or SIGHUP has arrived.
    public static var isRequested: Bool {
        terminationSignal.load(ordering: .relaxed) != 0
    }

    /// Ends the process by the signal that asked for it, with the default
    /// action; returns at once if none did.
    public static func exitIfRequested() {
        let signal = terminationSignal.load(ordering: .relaxed)
        guard signal != 0 else { return }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
        _exit(128 + signal)
    }
}
