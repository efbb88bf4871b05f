.class public final Lcom/baidu/location/LocationClient;
.super Ljava/lang/Object;
.source "SourceFile"

# interfaces
.implements Landroid/location/LocationListener;


# instance fields
.field private a:Lcom/baidu/location/BDAbstractLocationListener;

.field private b:Lcom/baidu/location/LocationClientOption;

.field private final c:Landroid/location/LocationManager;


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 3

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    const-string v0, "location"

    invoke-virtual {p1, v0}, Landroid/content/Context;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;

    move-result-object v0

    check-cast v0, Landroid/location/LocationManager;

    iput-object v0, p0, Lcom/baidu/location/LocationClient;->c:Landroid/location/LocationManager;

    return-void
.end method

.method public static setAgreePrivacy(Z)V
    .registers 1

    return-void
.end method


# virtual methods
.method public onLocationChanged(Landroid/location/Location;)V
    .registers 4

    iget-object v0, p0, Lcom/baidu/location/LocationClient;->a:Lcom/baidu/location/BDAbstractLocationListener;

    if-eqz v0, :cond_0

    new-instance v1, Lcom/baidu/location/BDLocation;

    invoke-direct {v1, p1}, Lcom/baidu/location/BDLocation;-><init>(Landroid/location/Location;)V

    invoke-virtual {v0, v1}, Lcom/baidu/location/BDAbstractLocationListener;->onReceiveLocation(Lcom/baidu/location/BDLocation;)V

    :cond_0
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

.method public onStatusChanged(Ljava/lang/String;ILandroid/os/Bundle;)V
    .registers 4

    return-void
.end method

.method public registerLocationListener(Lcom/baidu/location/BDAbstractLocationListener;)V
    .registers 2

    iput-object p1, p0, Lcom/baidu/location/LocationClient;->a:Lcom/baidu/location/BDAbstractLocationListener;

    return-void
.end method

.method public setLocOption(Lcom/baidu/location/LocationClientOption;)V
    .registers 2

    iput-object p1, p0, Lcom/baidu/location/LocationClient;->b:Lcom/baidu/location/LocationClientOption;

    return-void
.end method

.method public start()V
    .registers 7

    :try_start_0
    iget-object v0, p0, Lcom/baidu/location/LocationClient;->c:Landroid/location/LocationManager;

    const-string v1, "network"

    const-wide/16 v2, 0x3e8

    const/4 v4, 0x0

    move-object v5, p0

    invoke-virtual/range {v0 .. v5}, Landroid/location/LocationManager;->requestLocationUpdates(Ljava/lang/String;JFLandroid/location/LocationListener;)V
    :try_end_0
    .catch Ljava/lang/SecurityException; {:try_start_0 .. :try_end_0} :catch_0

    :catch_0
    return-void
.end method

.method public stop()V
    .registers 2

    iget-object v0, p0, Lcom/baidu/location/LocationClient;->c:Landroid/location/LocationManager;

    invoke-virtual {v0, p0}, Landroid/location/LocationManager;->removeUpdates(Landroid/location/LocationListener;)V

    return-void
.end method
