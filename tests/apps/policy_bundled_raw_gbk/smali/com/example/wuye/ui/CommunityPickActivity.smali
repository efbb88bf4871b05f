.class public Lcom/example/wuye/ui/CommunityPickActivity;
.super Landroid/app/Activity;
.source "CommunityPickActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public locateNearby()V
    .registers 6

    const-string v0, "android.permission.ACCESS_FINE_LOCATION"

    invoke-virtual {p0, v0}, Lcom/example/wuye/ui/CommunityPickActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_16

    const/4 v1, 0x2

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const-string v0, "android.permission.ACCESS_COARSE_LOCATION"

    const/4 v2, 0x1

    aput-object v0, v1, v2

    const/16 v2, 0xc9

    invoke-virtual {p0, v1, v2}, Lcom/example/wuye/ui/CommunityPickActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void

    :cond_16
    const-string v0, "location"

    invoke-virtual {p0, v0}, Lcom/example/wuye/ui/CommunityPickActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/location/LocationManager;

    const-string v1, "network"

    invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;

    move-result-object v0

    if-eqz v0, :cond_30

    invoke-virtual {v0}, Landroid/location/Location;->getLatitude()D

    move-result-wide v1

    invoke-virtual {v0}, Landroid/location/Location;->getLongitude()D

    move-result-wide v3

    invoke-direct {p0, v1, v2, v3, v4}, Lcom/example/wuye/ui/CommunityPickActivity;->searchNearby(DD)V

    :cond_30
    return-void
.end method

.method private searchNearby(DD)V
    .registers 5

    return-void
.end method
