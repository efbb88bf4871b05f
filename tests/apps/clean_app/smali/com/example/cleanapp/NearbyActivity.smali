.class public Lcom/example/cleanapp/NearbyActivity;
.super Landroid/app/Activity;
.source "NearbyActivity.java"

# interfaces
.implements Landroid/location/LocationListener;


# static fields
.field private static final REQUEST_LOCATION:I = 0x65


# instance fields
.field private mLocationManager:Landroid/location/LocationManager;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private startUpdates()V
    .registers 7

    iget-object v0, p0, Lcom/example/cleanapp/NearbyActivity;->mLocationManager:Landroid/location/LocationManager;

    const-string v1, "gps"

    const-wide/16 v2, 0x1388

    const/high16 v4, 0x41200000    # 10.0f

    move-object v5, p0

    invoke-virtual/range {v0 .. v5}, Landroid/location/LocationManager;->requestLocationUpdates(Ljava/lang/String;JFLandroid/location/LocationListener;)V

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 6

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "location"

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/NearbyActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/location/LocationManager;

    iput-object v0, p0, Lcom/example/cleanapp/NearbyActivity;->mLocationManager:Landroid/location/LocationManager;

    const-string v0, "android.permission.ACCESS_FINE_LOCATION"

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/NearbyActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-nez v1, :cond_1c

    invoke-direct {p0}, Lcom/example/cleanapp/NearbyActivity;->startUpdates()V

    return-void

    :cond_1c
    const/4 v1, 0x2

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/4 v2, 0x1

    const-string v3, "android.permission.ACCESS_COARSE_LOCATION"

    aput-object v3, v1, v2

    const/16 v2, 0x65

    invoke-virtual {p0, v1, v2}, Lcom/example/cleanapp/NearbyActivity;->requestPermissions([Ljava/lang/String;I)V

    return-void
.end method

.method protected onDestroy()V
    .registers 2

    invoke-super {p0}, Landroid/app/Activity;->onDestroy()V

    iget-object v0, p0, Lcom/example/cleanapp/NearbyActivity;->mLocationManager:Landroid/location/LocationManager;

    if-eqz v0, :cond_a

    invoke-virtual {v0, p0}, Landroid/location/LocationManager;->removeUpdates(Landroid/location/LocationListener;)V

    :cond_a
    return-void
.end method

.method public onLocationChanged(Landroid/location/Location;)V
    .registers 7

    invoke-virtual {p1}, Landroid/location/Location;->getLatitude()D

    move-result-wide v0

    invoke-virtual {p1}, Landroid/location/Location;->getLongitude()D

    move-result-wide v2

    invoke-static {v0, v1, v2, v3}, Lcom/example/cleanapp/net/ApiClient;->loadNearby(DD)I

    iget-object v4, p0, Lcom/example/cleanapp/NearbyActivity;->mLocationManager:Landroid/location/LocationManager;

    invoke-virtual {v4, p0}, Landroid/location/LocationManager;->removeUpdates(Landroid/location/LocationListener;)V

    return-void
.end method

.method public onProviderDisabled(Ljava/lang/String;)V
    .registers 2

    return-void
.end method

.method public onProviderEnabled(Ljava/lang/String;)V
    .registers 2

    return-void
.end method

.method public onRequestPermissionsResult(I[Ljava/lang/String;[I)V
    .registers 5

    invoke-super {p0, p1, p2, p3}, Landroid/app/Activity;->onRequestPermissionsResult(I[Ljava/lang/String;[I)V

    array-length v0, p3

    if-lez v0, :cond_11

    const/4 v0, 0x0

    aget v0, p3, v0

    if-nez v0, :cond_11

    invoke-direct {p0}, Lcom/example/cleanapp/NearbyActivity;->startUpdates()V

    :cond_11
    return-void
.end method

.method public onStatusChanged(Ljava/lang/String;ILandroid/os/Bundle;)V
    .registers 4

    return-void
.end method
