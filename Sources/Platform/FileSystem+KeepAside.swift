#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Renames a file that cannot be used (corrupt progress, a damaged
    /// history) to `<path>.corrupt-YYYYMMDD-HHMMSS` beside it, so that it is
    /// neither lost nor read again, and returns the new name.
    ///
    /// It never replaces a file kept earlier: a second one in the same
    /// second is `...-HHMMSS-2`, then `-3`. The new name is taken with
    /// `link`, which fails rather than overwrite, so two tutors keeping
    /// files aside at once cannot take the same name either; where a file
    /// system has no hard links (or `path` is a folder), a rename to a name
    /// that was free a moment before does.
    public static func keepAside(_ path: String, at time: Int = currentTime()) throws(Problem) -> String {
        let stamp = timestamp(time)
        for copy in 1...1000 {
            let aside = copy == 1 ? "\(path).corrupt-\(stamp)" : "\(path).corrupt-\(stamp)-\(copy)"
            if link(path, aside) == 0 {
                guard unlink(path) == 0 else {
                    // Both names would hold it: undo, so the file is not read again as if kept.
                    let code = errno
                    unlink(aside)
                    throw .failed("cannot rename '\(path)' to '\(aside)'", code: code)
                }
                return aside
            }
            switch errno {
            case EEXIST: continue
            case ENOENT: throw .failed("cannot rename '\(path)' to '\(aside)'", code: ENOENT)
            default:
                if exists(aside) { continue }
                try move(path, to: aside)
                return aside
            }
        }
        throw Problem(description: "cannot rename '\(path)': a thousand copies are kept aside already", code: EEXIST)
    }

    /// Seconds since 1970, now.
    public static func currentTime() -> Int { clockSeconds() }

    /// `time` (seconds since 1970) in local time as `YYYYMMDD-HHMMSS`.
    public static func timestamp(_ time: Int) -> String {
        var seconds = time_t(time)
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y%m%d-%H%M%S", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// time(2), which a parameter named `time` would hide.
private func clockSeconds() -> Int { Int(time(nil)) }
