.class public Lcom/amap/api/location/AMapLocationClient;
.super Ljava/lang/Object;
.source "SourceFile"


# instance fields
.field a:Landroid/content/Context;

.field b:Lcom/loc/h;


# direct methods
.method public constructor <init>(Landroid/content/Context;)V
    .registers 3
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/lang/Exception;
        }
    .end annotation

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    invoke-virtual {p1}, Landroid/content/Context;->getApplicationContext()Landroid/content/Context;

    move-result-object p1

    iput-object p1, p0, Lcom/amap/api/location/AMapLocationClient;->a:Landroid/content/Context;

    new-instance v0, Lcom/loc/h;

    invoke-direct {v0, p1}, Lcom/loc/h;-><init>(Landroid/content/Context;)V

    iput-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/h;

    return-void
.end method

.method public static updatePrivacyAgree(Landroid/content/Context;Z)V
    .registers 2

    return-void
.end method

.method public static updatePrivacyShow(Landroid/content/Context;ZZ)V
    .registers 3

    return-void
.end method


# virtual methods
.method public onDestroy()V
    .registers 1

    return-void
.end method

.method public setLocationListener(Lcom/amap/api/location/AMapLocationListener;)V
    .registers 3

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/h;

    iput-object p1, v0, Lcom/loc/h;->c:Lcom/amap/api/location/AMapLocationListener;

    return-void
.end method

.method public setLocationOption(Lcom/amap/api/location/AMapLocationClientOption;)V
    .registers 2

    return-void
.end method

.method public startLocation()V
    .registers 2

    iget-object v0, p0, Lcom/amap/api/location/AMapLocationClient;->b:Lcom/loc/h;

    invoke-virtual {v0}, Lcom/loc/h;->a()V

    return-void
.end method

.method public stopLocation()V
    .registers 1

    return-void
.end method
