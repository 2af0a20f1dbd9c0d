namespace Elections.Bots.DynamoDb.Tests.Support;

/// <summary>One request as the SDK sent it: the operation (<c>Query</c>, <c>BatchWriteItem</c>…) and its JSON body.</summary>
public sealed record DynamoRequest(string Operation, string Body);
