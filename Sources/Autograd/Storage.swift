#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A column of the tape: a manually grown buffer of plain values.
///
/// Swift's `Array` would do, but each append there checks uniqueness and
/// capacity, which costs several times the arithmetic of a node (measured:
/// 24 ns against 5.5 ns per node). The tape grows all its columns together,
/// so a column needs no count of its own.
@usableFromInline struct Column<Element: BitwiseCopyable> {
    @usableFromInline private(set) var base: UnsafeMutablePointer<Element>?

    /// Resizes to hold `capacity` elements, keeping the first `count`.
    /// `realloc` lets large buffers grow in place (by remapping pages), so
    /// growth neither copies nor briefly doubles the memory in use.
    mutating func resize(to capacity: Int) {
        let bytes = Swift.max(capacity, 1) * MemoryLayout<Element>.stride
        guard let raw = realloc(base.map(UnsafeMutableRawPointer.init), bytes) else {
            fatalError("out of memory growing the tape to \(capacity) nodes")
        }
        base = raw.bindMemory(to: Element.self, capacity: capacity)
    }

    func deallocate() {
        if let base { free(base) }
    }

    @inlinable @inline(__always)
    subscript(index: Int) -> Element {
        get { base.unsafelyUnwrapped[index] }
        nonmutating set { base.unsafelyUnwrapped[index] = newValue }
    }
}
