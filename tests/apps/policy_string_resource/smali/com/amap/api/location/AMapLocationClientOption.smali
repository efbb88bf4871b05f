.class public Lcom/amap/api/location/AMapLocationClientOption;
.super Ljava/lang/Object;
.source "SourceFile"


# instance fields
.field private a:Z

.field private b:Z


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public setNeedAddress(Z)Lcom/amap/api/location/AMapLocationClientOption;
    .registers 2

    iput-boolean p1, p0, Lcom/amap/api/location/AMapLocationClientOption;->b:Z

    return-object p0
.end method

.method public setOnceLocation(Z)Lcom/amap/api/location/AMapLocationClientOption;
    .registers 2

    iput-boolean p1, p0, Lcom/amap/api/location/AMapLocationClientOption;->a:Z

    return-object p0
.end method
