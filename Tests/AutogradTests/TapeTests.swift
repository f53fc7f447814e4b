import Autograd
import Testing

@Suite("Tape")
struct TapeTests {
    @Test("the tape is in topological order: inputs come first")
    func order() {
        let t = Tape(capacity: 1)
        let a = t.leaf(1)
        let b = t.leaf(2)
        let c = t.multiply(a, b)
        let d = t.exp(c)
        #expect(t.inputs(d) == [c])
        #expect(t.inputs(c) == [a, b])
        #expect(t.subgraph(of: d) == [a, b, c, d])
        #expect(t.count == 4, "grows past its first capacity")
    }

    @Test("compaction keeps what the roots need, in order, and their values")
    func compaction() {
        let t = Tape()
        let a = t.leaf(2, label: "a")
        var garbage = t.leaf(1)
        for _ in 0..<1000 { garbage = t.add(garbage, garbage) }
        let b = t.leaf(-3, label: "b")
        let c = t.multiply(a, b)
        let relocation = t.compact(keeping: [c])
        #expect(t.count == 3)
        let newC = relocation[c]!
        #expect(t.data(newC) == -6)
        #expect(t.label(relocation[a]!) == "a")
        #expect(t.label(relocation[b]!) == "b")
        #expect(relocation[garbage] == nil)
        t.backward(from: newC)
        #expect(t.grad(relocation[a]!) == -3)
    }

    @Test("truncate drops the nodes of a step")
    func truncate() {
        let t = Tape()
        let w = t.leaf(1, label: "w")
        let mark = t.count
        _ = t.add(w, w)
        t.setLabel(Node(index: 1), "temporary")
        t.truncate(to: mark)
        #expect(t.count == 1)
        #expect(t.labelledNodes == [w])
    }

    @Test("compaction moves names with their nodes and drops the names of dropped nodes")
    func compactionMovesNames() {
        let t = Tape()
        let a = t.leaf(2, label: "a")
        let junk = t.leaf(1, label: "junk")
        let square = t.multiply(a, a)
        let c = t.add(square, a)
        t.setLabel(c, "c")
        let relocation = t.compact(keeping: [c])
        #expect(relocation[junk] == nil)
        // The unnamed square moves into the slot where "junk" was: it must
        // not inherit that name.
        #expect(relocation[square] == Node(index: 1))
        #expect(t.label(relocation[square]!) == nil)
        #expect(t.label(relocation[c]!) == "c")
        #expect(t.labelledNodes == [relocation[a]!, relocation[c]!])
    }

    @Test("a node past the last named one has no name, and naming it nil is harmless")
    func namesPastTheEnd() {
        let t = Tape()
        let a = t.leaf(1)
        let b = t.leaf(2, label: "b")
        let c = t.add(a, b)
        #expect(t.label(a) == nil)
        #expect(t.label(c) == nil)
        t.setLabel(c, nil)
        #expect(t.labelledNodes == [b])
        t.setLabel(b, nil)
        #expect(t.labelledNodes.isEmpty)
    }

    @Test("retireName primes the name's labels and its elements, and only those given before")
    func retireName() {
        let t = Tape()
        let a = t.leaf(1, label: "a")
        let element = t.leaf(2, label: "a[0,1]")
        let ab = t.leaf(3, label: "ab")
        let unnamed = t.add(a, ab)
        t.retireName("a")
        let later = t.leaf(4, label: "a")
        #expect(t.label(a) == "a′")
        #expect(t.label(element) == "a′[0,1]")
        #expect(t.label(ab) == "ab")
        #expect(t.label(unnamed) == nil)
        #expect(t.label(later) == "a")
        for _ in 0..<3 { t.retireName("a") }
        #expect(t.label(a) == "a⁽⁴⁾")
        #expect(t.label(later) == "a‴")
        // Labels keep their primes when the tape is compacted.
        let relocation = t.compact(keeping: [a, later])
        #expect(t.label(relocation[a]!) == "a⁽⁴⁾")
        #expect(t.label(relocation[later]!) == "a‴")
    }

    @Test("a constant becomes a named leaf")
    func makeLeaf() {
        let t = Tape()
        let two = t.constant(2)
        #expect(t.operation(two) == .constant)
        t.makeLeaf(two, label: "a")
        #expect(t.operation(two) == .leaf)
        #expect(t.label(two) == "a")
    }
}
