import Autograd

// Arrays: literals, broadcasting, the matrix product and array functions.
extension Evaluator {
    mutating func arrayLiteral(_ elements: [Expression], at range: SourceRange) throws(Diagnostic) -> Value {
        throw .error("arrays are not available yet", at: range)
    }

    mutating func elementwise(
        _ operation: Operation, _ x: Value, _ y: Value, operatorRange: SourceRange, whole: SourceRange
    ) throws(Diagnostic) -> Value {
        throw .error("arrays are not available yet", at: operatorRange)
    }

    mutating func matrixProduct(_ x: Value, _ y: Value, operatorRange: SourceRange, whole: SourceRange)
        throws(Diagnostic) -> Value
    {
        throw .error("'@' multiplies matrices; for numbers use '*'", at: operatorRange)
    }

    mutating func callArrayFunction(_ function: Builtin, _ arguments: [Expression], range: SourceRange)
        throws(Diagnostic) -> Value
    {
        throw .error("arrays are not available yet", at: range)
    }
}
