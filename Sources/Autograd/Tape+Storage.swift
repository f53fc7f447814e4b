#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// How the tape keeps its columns. Nothing here is needed to follow the
// math; it is what makes a node cost a few nanoseconds.
//
// The columns' stored properties are `@exclusivity(unchecked)`: Swift checks
// at run time that no two accesses to a class's stored property overlap, and
// on the tape's hot path those checks cost more than the arithmetic. The
// tape is not shared between threads and never hands out references to its
// columns, so the checks are turned off.

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

extension Tape {
    /// Makes room for at least `minimumCapacity` nodes.
    public func reserveCapacity(_ minimumCapacity: Int) {
        guard minimumCapacity > capacity else { return }
        resize(to: minimumCapacity)
    }

    /// Doubles the capacity. Kept out of line so that making a node, the
    /// common case, compiles to a few stores with no call in the way.
    @inline(never) @usableFromInline
    func grow() {
        resize(to: Swift.max(16, capacity * 2))
    }

    func resize(to newCapacity: Int) {
        operations.resize(to: newCapacity)
        firstInputs.resize(to: newCapacity)
        secondInputs.resize(to: newCapacity)
        data.resize(to: newCapacity)
        grads.resize(to: newCapacity)
        capacity = newCapacity
    }

    /// Frees the columns; called once, from `deinit`.
    func deallocateColumns() {
        operations.deallocate()
        firstInputs.deallocate()
        secondInputs.deallocate()
        data.deallocate()
        grads.deallocate()
    }
}
