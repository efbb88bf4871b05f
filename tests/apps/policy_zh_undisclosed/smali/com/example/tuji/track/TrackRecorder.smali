.class public Lcom/example/tuji/track/TrackRecorder;
.super Ljava/lang/Object;
.source "TrackRecorder.java"

# interfaces
.implements Lcom/amap/api/location/AMapLocationListener;


# instance fields
.field private client:Lcom/amap/api/location/AMapLocationClient;

.field private final context:Landroid/content/Context;

.field private final points:Ljava/util/ArrayList;


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 3

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    invoke-virtual {p1}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    iput-object v0, p0, Lcom/example/tuji/track/TrackRecorder;->context:Landroid/content/Context;

    new-instance v0, Ljava/util/ArrayList;

    invoke-direct {v0}, Ljava/util/ArrayList;-><init>()V

    iput-object v0, p0, Lcom/example/tuji/track/TrackRecorder;->points:Ljava/util/ArrayList;

    return-void
.end method


# virtual methods
.method public lastKnown()Landroid/location/Location;
    .registers 3

    iget-object v0, p0, Lcom/example/tuji/track/TrackRecorder;->context:Landroid/content/Context;

    const-string v1, "location"

    invoke-virtual {v0, v1}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/location/LocationManager;

    :try_start_0
    const-string v1, "gps"

    invoke-virtual {v0, v1}, Landroid/location/LocationManager;->getLastKnownLocation(Ljava/lang/String;)Landroid/location/Location;

    move-result-object v0
    :try_end_0
    .catch Ljava/lang/SecurityException; {:try_start_0 .. :try_end_0} :catch_0

    return-object v0

    :catch_0
    const/4 v0, 0x0

    return-object v0
.end method

.method public onLocationChanged(Lcom/amap/api/location/AMapLocation;)V
    .registers 3

    if-eqz p1, :cond_0

    invoke-virtual {p1}, Lcom/amap/api/location/AMapLocation;->getErrorCode()I

    move-result v0

    if-nez v0, :cond_0

    iget-object v0, p0, Lcom/example/tuji/track/TrackRecorder;->points:Ljava/util/ArrayList;

    invoke-virtual {v0, p1}, Ljava/util/ArrayList;->add(Ljava/lang/Object;)Z

    :cond_0
    return-void
.end method

.method public start()V
    .registers 5

    iget-object v0, p0, Lcom/example/tuji/track/TrackRecorder;->client:Lcom/amap/api/location/AMapLocationClient;

    if-nez v0, :cond_0

    :try_start_0
    new-instance v0, Lcom/amap/api/location/AMapLocationClient;

    iget-object v1, p0, Lcom/example/tuji/track/TrackRecorder;->context:Landroid/content/Context;

    invoke-direct {v0, v1}, Lcom/amap/api/location/AMapLocationClient;-><init>(Landroid/content/Context;)V
    :try_end_0
    .catch Ljava/lang/Exception; {:try_start_0 .. :try_end_0} :catch_0

    new-instance v1, Lcom/amap/api/location/AMapLocationClientOption;

    invoke-direct {v1}, Lcom/amap/api/location/AMapLocationClientOption;-><init>()V

    const-wide/16 v2, 0xbb8

    invoke-virtual {v1, v2, v3}, Lcom/amap/api/location/AMapLocationClientOption;->setInterval(J)Lcom/amap/api/location/AMapLocationClientOption;

    invoke-virtual {v0, v1}, Lcom/amap/api/location/AMapLocationClient;->setLocationOption(Lcom/amap/api/location/AMapLocationClientOption;)V

    invoke-virtual {v0, p0}, Lcom/amap/api/location/AMapLocationClient;->setLocationListener(Lcom/amap/api/location/AMapLocationListener;)V

    iput-object v0, p0, Lcom/example/tuji/track/TrackRecorder;->client:Lcom/amap/api/location/AMapLocationClient;

    :cond_0
    invoke-virtual {v0}, Lcom/amap/api/location/AMapLocationClient;->startLocation()V

    return-void

    :catch_0
    return-void
.end method

.method public stop()V
    .registers 2

    iget-object v0, p0, Lcom/example/tuji/track/TrackRecorder;->client:Lcom/amap/api/location/AMapLocationClient;

    if-eqz v0, :cond_0

    invoke-virtual {v0}, Lcom/amap/api/location/AMapLocationClient;->stopLocation()V

    :cond_0
    return-void
.end method
