.class public Lcom/amap/mapapi/location/LocationManagerProxy;
.super Ljava/lang/Object;
.method public static getInstance(Landroid/app/Activity;)Lcom/amap/mapapi/location/LocationManagerProxy;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public requestLocationUpdates(Ljava/lang/String;JFLandroid/location/LocationListener;)V
    .registers 7
    const-string v0, "location"
    return-void
.end method
