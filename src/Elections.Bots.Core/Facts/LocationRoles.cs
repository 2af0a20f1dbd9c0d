namespace Elections.Bots.Core.Facts;

/// <summary>What a VIP polling_location is used for; one site can be several at once.</summary>
[Flags]
public enum LocationRoles
{
    None = 0,
    ElectionDay = 1,
    EarlyVoting = 2,
    DropBox = 4,
}
