.class public Lcom/tencent/tinker/loader/TinkerLoader;
.super Ljava/lang/Object;
