.class public abstract Lcom/baidu/location/BDAbstractLocationListener;
.super Ljava/lang/Object;
.source "SourceFile"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public abstract onReceiveLocation(Lcom/baidu/location/BDLocation;)V
.end method
