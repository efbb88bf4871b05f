.class public Lcom/amapx/fake/GeoFence;
.super Ljava/lang/Object;
.source "GeoFence.java"
.field public radius:I
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
