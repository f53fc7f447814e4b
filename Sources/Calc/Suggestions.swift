/// The known name closest to a misspelt one, if it is close enough to be
/// what was meant: at most a third of its letters wrong.
public func closestName(to name: String, among candidates: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in Set(candidates) where candidate != name {
        let distance = editDistance(name, candidate)
        if distance <= Swift.max(1, name.count / 3), distance < best?.distance ?? .max
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
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty || b.isEmpty { return Swift.max(a.count, b.count) }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            table[i][j] = Swift.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                table[i][j] = Swift.min(table[i][j], table[i - 2][j - 2] + 1)
            }
        }
    }
    return table[a.count][b.count]
}
