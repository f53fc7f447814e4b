/// `1 step`, `3 steps`: a count with its noun in the right number, in
/// English. (A message for both languages takes a ``Count``.) `plural` is
/// for nouns that do not just take an s (`1 more node`, `2 more nodes`).
public func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
