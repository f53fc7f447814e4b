import Glibc

/// A tmpfs of a few KiB mounted on a fresh folder: a disk that fills up on
/// demand, for the tests of what a full disk does to a file being replaced.
///
/// Mounting needs root (CAP_SYS_ADMIN), which CI has and a developer's
/// account may not: tests that use it are `.enabled(if: TinyDisk.isAvailable)`,
/// so they show as skipped where it cannot be mounted, never as passed.
public final class TinyDisk {
    /// Where it is mounted.
    public let path: String
    private var isMounted = true

    /// Whether a tmpfs can be mounted here (tried once, then unmounted).
    public static let isAvailable: Bool = TinyDisk() != nil

    /// Mounts a new tmpfs of `kibibytes` on a new folder under /tmp; nil
    /// where mounting is not allowed.
    public init?(kibibytes: Int = 64) {
        let folder = ScratchFolder(prefix: "tinydisk")
        guard mount("tmpfs", folder.path, "tmpfs", 0, "size=\(kibibytes)k,mode=0755") == 0 else {
            folder.remove()
            return nil
        }
        path = folder.path
    }

    deinit { unmount() }

    /// `name` on the disk.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes a file `filler` until the disk has no block left.
    public func fill() {
        let descriptor = open(file("filler"), O_WRONLY | O_CREAT | O_APPEND, 0o644)
        precondition(descriptor >= 0, "cannot create the filler")
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x2E, count: 4096)
        for size in [4096, 1] {
            while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, size) }) == size {}
        }
    }

    /// Removes the filler: the space is free again.
    public func free() {
        unlink(file("filler"))
    }

    /// Unmounts the disk (everything on it goes) and removes its folder.
    public func unmount() {
        guard isMounted else { return }
        isMounted = false
        umount2(path, Int32(MNT_DETACH))
        rmdir(path)
    }
}
