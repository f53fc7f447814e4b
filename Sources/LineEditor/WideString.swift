import Glibc

// libedit's wide API speaks `wchar_t`, which on Linux is a UTF-32 code unit
// (Int32) once the locale is UTF-8. These convert at the boundary.

/// A NUL-terminated wide string, as libedit's wide API takes.
func wide(_ text: String) -> [wchar_t] {
    var result = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    result.append(0)
    return result
}

/// The text of `count` wide characters at `pointer`; a value that is not a
/// Unicode scalar becomes U+FFFD.
func string(fromWide pointer: UnsafePointer<wchar_t>, count: Int) -> String {
    var scalars = String.UnicodeScalarView()
    for index in 0..<max(count, 0) {
        scalars.append(Unicode.Scalar(UInt32(bitPattern: pointer[index])) ?? "\u{FFFD}")
    }
    return String(scalars)
}

/// The text of the NUL-terminated wide string at `pointer`.
func string(fromWide pointer: UnsafePointer<wchar_t>) -> String {
    var count = 0
    while pointer[count] != 0 { count += 1 }
    return string(fromWide: pointer, count: count)
}
