import Autograd
@testable import Calc

/// Runs `source` in `workspace` and returns the value of its last statement.
@discardableResult
func evaluate(_ source: String, in workspace: Workspace = Workspace()) throws(Diagnostic) -> (Workspace, Value) {
    var evaluator = Evaluator(workspace: workspace)
    var last: Value?
    for statement in try Parser.parse(source) {
        last = try evaluator.run(statement).value
    }
    return (workspace, last!)
}

/// The data of a scalar result.
func number(_ source: String) throws(Diagnostic) -> Double {
    let (workspace, value) = try evaluate(source)
    guard case .scalar(let node) = value else { fatalError("not a scalar: \(source)") }
    return workspace.tape.data(node)
}

/// The diagnostic `source` fails with, if any.
func failure(_ source: String, in workspace: Workspace = Workspace()) -> Diagnostic? {
    do {
        try evaluate(source, in: workspace)
        return nil
    } catch {
        return error
    }
}
