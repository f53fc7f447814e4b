#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Graphviz's `dot` program, run directly (posix_spawn, no shell: a file
/// name is never read as a command), to turn DOT into SVG, PNG or PDF.
public enum GraphvizProgram {
    public enum Outcome {
        case rendered
        /// `dot` is not on the PATH.
        case notInstalled
        case failed(String)
    }

    /// The formats `:dot` renders, by file extension.
    public static let formats = ["svg", "png", "pdf"]

    /// Runs `dot -T<format> -o output input`, waiting for it to finish.
    public static func render(_ input: String, to output: String, format: String) -> Outcome {
        let arguments = ["dot", "-T\(format)", "-o", output, input]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawnp(&child, "dot", nil, nil, &argv, environ)
        if status == ENOENT { return .notInstalled }
        guard status == 0 else { return .failed("cannot run dot: \(String(cString: strerror(status)))") }
        var exit: Int32 = 0
        while waitpid(child, &exit, 0) < 0 {
            if errno != EINTR { return .failed("lost track of dot: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        let signal = exit & 0x7f
        let code = (exit >> 8) & 0xff
        if signal != 0 { return .failed("dot was stopped by signal \(signal)") }
        if code != 0 { return .failed("dot failed with exit status \(code) (its message is above)") }
        return .rendered
    }
}
