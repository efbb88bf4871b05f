.class public Lcom/amap/api/location/AMapLocationClientOption;
.super Ljava/lang/Object;
.source "AMapLocationClientOption.java"


# instance fields
.field private a:J

.field private b:Z

.field private c:Z


# direct methods
.method public constructor <init>()V
    .registers 3

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    const-wide/16 v0, 0x7d0

    iput-wide v0, p0, Lcom/amap/api/location/AMapLocationClientOption;->a:J

    return-void
.end method


# virtual methods
.method public getInterval()J
    .registers 3

    iget-wide v0, p0, Lcom/amap/api/location/AMapLocationClientOption;->a:J

    return-wide v0
.end method

.method public isOnceLocation()Z
    .registers 2

    iget-boolean v0, p0, Lcom/amap/api/location/AMapLocationClientOption;->b:Z

    return v0
.end method

.method public setInterval(J)Lcom/amap/api/location/AMapLocationClientOption;
    .registers 3

    iput-wide p1, p0, Lcom/amap/api/location/AMapLocationClientOption;->a:J

    return-object p0
.end method

.method public setNeedAddress(Z)Lcom/amap/api/location/AMapLocationClientOption;
    .registers 2

    iput-boolean p1, p0, Lcom/amap/api/location/AMapLocationClientOption;->c:Z

    return-object p0
.end method

.method public setOnceLocation(Z)Lcom/amap/api/location/AMapLocationClientOption;
    .registers 2

    iput-boolean p1, p0, Lcom/amap/api/location/AMapLocationClientOption;->b:Z

    return-object p0
.end method
