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

/// Levenshtein distance: the fewest insertions, deletions and substitutions
/// that turn one string into the other.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
