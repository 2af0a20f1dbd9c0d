using System.Text;
using Elections.Bots.Lambda.Feeds;
using Elections.Bots.Lambda.Tests.Support;

namespace Elections.Bots.Lambda.Tests.Feeds;

public sealed class S3EventParserTests
{
    private const long Max = 1_000_000;

    internal static byte[] Event(string key, long size = 1234, string eventName = "ObjectCreated:Put", string source = "aws:s3") => Encoding.UTF8.GetBytes($$$$"""
        {"Records":[{"eventVersion":"2.1","eventSource":"{{{{source}}}}","awsRegion":"us-east-1","eventTime":"2027-02-17T12:00:00.000Z",
          "eventName":"{{{{eventName}}}}","s3":{"s3SchemaVersion":"1.0","configurationId":"feeds",
          "bucket":{"name":"{{{{InMemoryFeedObjects.Bucket}}}}","arn":"arn:aws:s3:::{{{{InMemoryFeedObjects.Bucket}}}}"},
          "object":{"key":"{{{{key}}}}","size":{{{{size}}}},"eTag":"0123456789abcdef","sequencer":"0A1B2C3D4E5F678901"}}}]}
        """);

    [Fact]
    public void Parse_WhenAFeedIsUploaded_DecodesTheKeyAndNamesTheReport()
    {
        var result = S3EventParser.Parse(Event("feeds/Millbrook+March+2027%281%29.zip"), Max);

        Assert.Null(result.Problem);
        var upload = Assert.Single(result.Uploads);
        Assert.Equal(InMemoryFeedObjects.Bucket, upload.Bucket);
        Assert.Equal("feeds/Millbrook March 2027(1).zip", upload.Key);
        Assert.Equal("reports/Millbrook March 2027(1).json", upload.ReportKey);
        Assert.Equal(1234, upload.Size);
    }

    [Theory]
    [InlineData("reports/millbrook.zip", "'reports/millbrook.zip' is not a feed")]
    [InlineData("feeds/millbrook.txt", "'feeds/millbrook.txt' is not a feed")]
    [InlineData("feeds/.zip", "is not a feed")]
    [InlineData("feeds/..%2Freports%2Fx.zip", "is not a feed")]
    public void Parse_WhenTheKeyIsNotAFeedZip_RefusesIt(string key, string expected)
    {
        var result = S3EventParser.Parse(Event(key), Max);

        Assert.Empty(result.Uploads);
        Assert.Null(result.RefusedFeed);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheZipIsTooLarge_RefusesItButKeepsTheFeedForItsReport()
    {
        var result = S3EventParser.Parse(Event("feeds/huge.zip", size: Max + 1), Max);

        Assert.Empty(result.Uploads);
        Assert.Equal("reports/huge.json", result.RefusedFeed?.ReportKey);
        Assert.Contains("may be at most 1,000,000 bytes", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheObjectWasDeleted_RefusesIt()
    {
        var result = S3EventParser.Parse(Event("feeds/millbrook.zip", eventName: "ObjectRemoved:Delete"), Max);

        Assert.Contains("'ObjectRemoved:Delete' is not an object upload", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"sessionId":"x","inputTranscript":"where do I vote"}""", "no Records")]
    [InlineData("""{"Records":[{"eventSource":"aws:sqs","body":"{}"}]}""", "not an S3 notification with a bucket")]
    [InlineData("not json", "is not JSON from S3")]
    [InlineData("""{"Records":{"eventSource":"aws:s3"}}""", "is not JSON from S3")]
    public void Parse_WhenTheEventIsNotFromS3_SaysWhatTheFunctionExpects(string json, string expected)
    {
        var result = S3EventParser.Parse(Encoding.UTF8.GetBytes(json), Max);

        Assert.Empty(result.Uploads);
        Assert.Contains(expected, result.Problem, StringComparison.Ordinal);
    }
}
