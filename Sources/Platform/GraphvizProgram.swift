#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Graphviz's `dot` program, run directly (posix_spawn, no shell: a file
/// name is never read as a command), to turn DOT into SVG, PNG or PDF.
public enum GraphvizProgram {
    public enum Outcome: Sendable, Equatable {
        case rendered
        /// The program is not on the PATH.
        case notInstalled
        case failed(String)
    }

    /// The formats `:dot` renders, by file extension.
    public static let formats = ["svg", "png", "pdf"]

    /// Runs `dot -T<format> -o output` with the DOT text on its standard
    /// input, waiting for it to finish. `output` is usually the temporary
    /// file of ``FileSystem/replaceAtomically(_:mode:fill:)``, so that a
    /// failed drawing never leaves half a file. `program` is there for the
    /// tests (a name that is not installed).
    public static func render(_ dot: String, to output: String, format: String, program: String = "dot") -> Outcome {
        // The text reaches dot from a file whose name is removed at once,
        // not through a pipe: a dot that stops reading early cannot kill
        // the tutor with SIGPIPE, and nothing is left behind by kill -9.
        let input: FileSystem.TemporaryFile
        do {
            input = try FileSystem.createTemporaryFile(beside: output, mode: FileSystem.privateFileMode)
            unlink(input.path)
            try FileSystem.write(Array(dot.utf8), to: input)
        } catch {
            return .failed(error.description)
        }
        defer { close(input.descriptor) }
        lseek(input.descriptor, 0, SEEK_SET)
        return spawn([program, "-T\(format)", "-o", output], standardInput: input.descriptor)
    }

    /// Runs `arguments[0]` from the PATH with `arguments`, its standard
    /// input read from `standardInput`, and waits for it.
    private static func spawn(_ arguments: [String], standardInput: Int32) -> Outcome {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, standardInput, STDIN_FILENO)
        var child: pid_t = 0
        let program = arguments[0]
        let status = posix_spawnp(&child, program, &actions, nil, &argv, environ)
        if status == ENOENT { return .notInstalled }
        guard status == 0 else { return .failed("cannot run \(program): \(FileSystem.words(for: status))") }
        var exit: Int32 = 0
        while waitpid(child, &exit, 0) < 0 {
            if errno != EINTR { return .failed("lost track of \(program): \(FileSystem.lastError())") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        let signal = exit & 0x7f
        let code = (exit >> 8) & 0xff
        if signal != 0 { return .failed("\(program) was stopped by signal \(signal)") }
        if code != 0 { return .failed("\(program) failed with exit status \(code) (its message is above)") }
        return .rendered
    }
}
