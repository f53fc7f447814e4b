import TextKit
import Platform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why `:save` or `:load` could not use a file. The English is the
/// platform's own (`cannot read 'x.mg': No such file or directory`); the
/// Chinese names the common reasons, by `errno`.
enum FileMessage: Message {
    case cannotRead(path: String, FileReason)
    case cannotWrite(path: String, FileReason)

    var texts: Texts {
        switch self {
        case .cannotRead(let path, let reason):
            Texts(en: "cannot read '\(path)': \(reason.texts.en)", zh: "无法读取“\(path)”：\(reason.texts.zh)")
        case .cannotWrite(let path, let reason):
            Texts(en: "cannot write '\(path)': \(reason.texts.en)", zh: "无法写入“\(path)”：\(reason.texts.zh)")
        }
    }

    static let samples: [FileMessage] = [
        .cannotRead(path: "missing.mg", .notFound), .cannotWrite(path: "/etc/x.mg", .noPermission),
    ]

    /// The message for `problem`, in `language`: the platform's words in
    /// English, and in Chinese when the reason is one of the common ones.
    static func text(of problem: FileSystem.Problem, path: String, writing: Bool, in language: Language) -> String {
        guard language != .en, let code = problem.code, let reason = FileReason(code: code) else {
            return problem.description
        }
        return (writing ? FileMessage.cannotWrite(path: path, reason) : .cannotRead(path: path, reason)).text(language)
    }
}

/// The common reasons a file cannot be used.
enum FileReason: Message {
    case notFound, noPermission, isFolder, notAFolder, diskFull, readOnly, interrupted

    init?(code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .noPermission
        case EISDIR: self = .isFolder
        case ENOTDIR: self = .notAFolder
        case ENOSPC: self = .diskFull
        case EROFS: self = .readOnly
        case EINTR: self = .interrupted
        default: return nil
        }
    }

    var texts: Texts {
        switch self {
        case .notFound: Texts(en: "No such file or directory", zh: "文件或文件夹不存在")
        case .noPermission: Texts(en: "Permission denied", zh: "没有权限")
        case .isFolder: Texts(en: "Is a directory", zh: "这是一个文件夹")
        case .notAFolder: Texts(en: "Not a directory", zh: "路径中有一项不是文件夹")
        case .diskFull: Texts(en: "No space left on device", zh: "磁盘已满")
        case .readOnly: Texts(en: "Read-only file system", zh: "文件系统是只读的")
        case .interrupted: Texts(en: "stopped by Ctrl-C", zh: "被 Ctrl-C 停下")
        }
    }

    static let samples: [FileReason] = [.notFound, .noPermission, .isFolder, .notAFolder, .diskFull, .readOnly, .interrupted]
}
