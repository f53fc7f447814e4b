/// The known name closest to a misspelt one, if it is close enough to be
/// what was meant: at most a third of its letters wrong.
public func closestName(to name: String, among candidates: [String]) -> String? {
    let letters = Array(name)
    let limit = Swift.max(1, letters.count / 3)
    var best: (name: String, distance: Int)?
    // Every unknown name asks this of every function and every name of the
    // workspace, so a candidate whose length alone puts it over the limit
    // is passed over before any table is filled.
    for candidate in candidates where candidate != name {
        let other = Array(candidate)
        guard Swift.abs(other.count - letters.count) <= limit else { continue }
        let distance = editDistance(letters, other)
        if distance <= limit, distance < best?.distance ?? .max
            || (distance == best?.distance && candidate < best!.name)
        {
            best = (candidate, distance)
        }
    }
    return best?.name
}

/// The edit distance with adjacent transpositions (optimal string
/// alignment): the fewest insertions, deletions, substitutions and swaps of
/// two neighbouring letters that turn one string into the other. A swap is
/// the commonest typing slip (`alpah`), so it counts as one.
func editDistance(_ a: String, _ b: String) -> Int {
    editDistance(Array(a), Array(b))
}

/// The same distance over letters already split, keeping only the three
/// rows of the table that the recurrence reads (row i-2 for a swap).
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty || b.isEmpty { return Swift.max(a.count, b.count) }
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var distance = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                distance = Swift.min(distance, twoBack[j - 2] + 1)
            }
            current[j] = distance
        }
        swap(&twoBack, &previous)
        swap(&previous, &current)
    }
    return previous[b.count]
}
