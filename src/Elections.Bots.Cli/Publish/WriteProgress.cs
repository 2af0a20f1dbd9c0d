using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace Elections.Bots.Cli.Publish;

/// <summary>
/// A progress bar for a publish: counts the items in each BatchWriteItem the client sends (retries included, so
/// it can pass 100% briefly under throttling) against the items the version holds. Drawn only on a terminal.
/// </summary>
internal sealed class WriteProgress : IDisposable
{
    private const int Width = 30;
    private readonly AmazonDynamoDBClient _client;
    private readonly TextWriter _output;
    private readonly long _total;
    private readonly bool _draw;
    private long _sent;
    private int _lastPercent = -1;

    public WriteProgress(AmazonDynamoDBClient client, TextWriter output, long totalItems, bool draw)
    {
        _client = client;
        _output = output;
        _total = Math.Max(1, totalItems);
        _draw = draw;
        _client.BeforeRequestEvent += OnRequest;
    }

    public void Dispose()
    {
        _client.BeforeRequestEvent -= OnRequest;
        if (_draw && _lastPercent >= 0) _output.WriteLine();
    }

    private void OnRequest(object sender, RequestEventArgs e)
    {
        if (e is not WebServiceRequestEventArgs { Request: BatchWriteItemRequest batch }) return;
        var sent = Interlocked.Add(ref _sent, batch.RequestItems.Values.Sum(items => items.Count));
        var percent = (int)Math.Min(100, sent * 100 / _total);
        if (!_draw || percent == Volatile.Read(ref _lastPercent)) return;
        Volatile.Write(ref _lastPercent, percent);
        var filled = percent * Width / 100;
        lock (_output)
        {
            _output.Write($"\r  [{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}%  {Math.Min(sent, _total):N0} of {_total:N0} items");
        }
    }
}
